using System.Globalization;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests;

/// <summary>
/// Redis dies while residents write (a real redis-server, killed and restarted): nothing is acknowledged
/// that was not processed, and what Telegram delivers again afterwards is processed exactly once.
/// </summary>
public sealed class StoreOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private static Action<Dictionary<string, string?>> WithRedis(RedisServer redis) => s =>
    {
        s["Redis:ConnectionString"] = redis.ConnectionString;
        s["Redis:KeyPrefix"] = SharedRedisServer.NewPrefix();
        s["Telegram:RetryBaseDelayMilliseconds"] = "100";
    };

    [Fact]
    public async Task AWebhookUpdateRefusedWhileRedisIsDownIsRedeliveredAndAnsweredOnce()
    {
        // Was: the webhook answered 200 ("the resident was asked to try again") and the update was lost.
        await using var redis = await RedisServer.StartAsync(durable: true);
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, WithRedis(redis));
        const long chat = 7301;
        var menu = (await host.SendTextAsync(chat, "/start"))[^1];
        var pusher = new TelegramWebhookPusher(host.Client, TelegramTestHost.Secret, api: host.Api);
        var press = host.Api.PressUpdate(menu, menu.Buttons.First(b => b.CallbackData is not null).CallbackData!);
        var before = host.Api.MessagesIn(chat).Count;

        redis.Kill();
        var delivery = pusher.DeliverAsync(press, Patience);
        await Eventually.HoldsAsync(() => pusher.Attempts.Count(a => a.Status == 503) >= 2, "refusals while Redis is down");
        Assert.Equal(before, host.Api.MessagesIn(chat).Count); // no apology, no answer: nothing was processed yet
        await redis.RestartAsync();
        var statuses = await delivery;

        Assert.All(statuses.SkipLast(1), s => Assert.Equal(503, s));
        Assert.Equal(200, statuses[^1]);
        var answers = host.Api.MessagesIn(chat).Skip(before).ToList();
        Assert.NotEmpty(answers);
        Assert.DoesNotContain(answers, m => m.Text.Contains("sự cố", StringComparison.Ordinal));
        Assert.Single(host.Api.RequestsFor("answerCallbackQuery")); // answered once, when processed
        Assert.True(host.Api.AllCallbackQueriesAnswered);

        // Telegram delivers it once more (its own retry after a lost response): nothing more is sent.
        Assert.Equal([200], await pusher.DeliverAsync(press, Patience));
        Assert.Equal(answers.Count, host.Api.MessagesIn(chat).Count - before);
        Assert.Single(host.Api.RequestsFor("answerCallbackQuery"));
        Assert.Equal(2, await TurnsAsync(host, chat));
    }

    [Fact]
    public async Task APolledUpdateStaysUnconfirmedWhileRedisIsDownAndIsAnsweredOnceAfter()
    {
        await using var redis = await RedisServer.StartAsync(durable: true);
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Polling, WithRedis(redis));
        const long chat = 7302;
        await host.SendTextAsync(chat, "/start");
        var update = host.Api.TextUpdate(chat, "menu");
        var id = update["update_id"]!.GetValue<int>();
        var before = host.Api.MessagesIn(chat).Count;

        redis.Kill();
        var pollsBefore = host.Api.RequestsFor("getUpdates").Count;
        host.Api.Enqueue(update);
        await Eventually.HoldsAsync(() => host.Api.RequestsFor("getUpdates").Count >= pollsBefore + 3, "polls while Redis is down");

        // Fetched again and again, never confirmed, never answered.
        Assert.All(host.Api.RequestsFor("getUpdates").Skip(pollsBefore), r => Assert.True(Offset(r) <= id));
        Assert.Equal(before, host.Api.MessagesIn(chat).Count);

        await redis.RestartAsync();
        await host.Api.WaitConfirmedAsync(id, Patience);

        Assert.Single(host.Api.MessagesIn(chat).Skip(before), m => m.Buttons.Any());
        Assert.Equal(2, await TurnsAsync(host, chat));
    }

    private static int Offset(RecordedRequest poll) => poll.Parameters["offset"]?.GetValue<int>() ?? 0;

    private static async Task<int> TurnsAsync(TelegramTestHost host, long chat) =>
        (await host.Services.GetRequiredService<IConversationStore>()
            .LoadAsync(new ConversationKey("telegram", chat.ToString(CultureInfo.InvariantCulture)), null, default)).Record!.Turns;
}
