using System.Net;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Dialogs.Content;

namespace Bot.Channels.Zalo.Tests;

/// <summary>
/// Redis dies while residents write on Zalo (a real redis-server, killed and restarted): the OA webhook
/// answers 503 so Zalo delivers again, the Zalo Bot poller holds the update; each is answered once.
/// </summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private FakeZaloOaApi _oa = null!;
    private FakeZaloBotApi _bot = null!;

    public async Task InitializeAsync()
    {
        _oa = await FakeZaloOaApi.StartAsync();
        _bot = await FakeZaloBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _oa.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task AnOaEventRefusedWhileRedisIsDownIsAnsweredOnceWhenZaloDeliversItAgain()
    {
        await using var redis = await RedisServer.StartAsync(durable: true);
        await using var app = ZaloApp.Start(oa: _oa, settings: Redis(redis));
        await app.SayOnOaAsync("u-outage", "menu");
        var before = _oa.MessagesTo("u-outage").Count;
        var press = ZaloOaEvents.Text("u-outage", "f:eid", msgId: "m-outage-1");

        redis.Kill();
        using (var refused = await app.PushOaAsync(press))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }

        Assert.Equal(before, _oa.MessagesTo("u-outage").Count); // no apology either: Zalo will deliver it again
        await redis.RestartAsync();
        await DeliverUntilAcceptedAsync(() => app.PushOaAsync(press));
        var answered = _oa.MessagesTo("u-outage").Count;
        await DeliverUntilAcceptedAsync(() => app.PushOaAsync(press)); // and once more, as Zalo may

        Assert.True(answered > before);
        Assert.Equal(answered, _oa.MessagesTo("u-outage").Count);
        Assert.DoesNotContain(_oa.MessagesTo("u-outage"), m => m.Text == app.Engine.Content.Text(TextKeys.Error, "vi"));
        Assert.Equal(("eid", 2), await WhereAsync(app, ZaloChannels.OfficialAccount, "u-outage"));
    }

    [Fact]
    public async Task APolledZaloBotUpdateIsHeldWhileRedisIsDownAndAnsweredOnceAfter()
    {
        await using var redis = await RedisServer.StartAsync(durable: true);
        var settings = Redis(redis);
        settings["Zalo:Bot:Mode"] = "polling";
        settings["Zalo:Bot:SecretToken"] = "";
        settings["Zalo:Bot:PollTimeoutSeconds"] = "1";
        settings["Zalo:Bot:PollMaxBackoff"] = "00:00:00.200";
        await using var app = ZaloApp.Start(bot: _bot, settings: settings);
        _ = app.Http; // the host (and its poller) is running
        _bot.QueueUpdate(ZaloApp.BotTextUpdate("z-outage", "/start", messageId: "zb-1"));
        await Eventually.HoldsAsync(() => _bot.MessagesTo("z-outage").Count > 0, "the first answer");
        var before = _bot.MessagesTo("z-outage").Count;

        redis.Kill();
        var update = ZaloApp.BotTextUpdate("z-outage", "1", messageId: "zb-2");
        _bot.QueueUpdate(update);
        await Eventually.HoldsAsync(() => app.Logs.Lines.Count(l => l.Contains("kept to try again", StringComparison.Ordinal)) >= 2, "the held update tried again");
        var polls = _bot.Polls;
        await Task.Delay(500);
        Assert.Equal(polls, _bot.Polls); // nothing new is fetched while it is held: it cannot be overtaken
        Assert.Equal(before, _bot.MessagesTo("z-outage").Count);

        await redis.RestartAsync();
        await Eventually.HoldsAsync(() => _bot.MessagesTo("z-outage").Count > before, "the held update answered");
        var answered = _bot.MessagesTo("z-outage").Count;
        _bot.QueueUpdate(update); // Zalo has no offset: the same update may come again
        await Eventually.HoldsAsync(() => _bot.Polls >= polls + 3, "the poller moving past the repeat");

        Assert.Equal(answered, _bot.MessagesTo("z-outage").Count);
        Assert.Equal(2, (await WhereAsync(app, ZaloChannels.Bot, "z-outage")).Turns);
    }

    private static Dictionary<string, string?> Redis(RedisServer redis) => new()
    {
        ["Redis:ConnectionString"] = redis.ConnectionString,
        ["Redis:KeyPrefix"] = SharedRedisServer.NewPrefix(),
    };

    /// <summary>What Zalo does with a 5xx: delivers the same event again a little later.</summary>
    private static async Task DeliverUntilAcceptedAsync(Func<Task<HttpResponseMessage>> push)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await push();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(DateTime.UtcNow < until, "still refused after Redis came back");
            await Task.Delay(200);
        }
    }

    private static async Task<(string? Flow, int Turns)> WhereAsync(ZaloApp app, string channel, string chatId)
    {
        var record = await app.RecordAsync(channel, chatId);
        return (record!.Flow, record.Turns);
    }
}
