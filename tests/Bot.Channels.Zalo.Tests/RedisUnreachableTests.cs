using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tests.Infrastructure;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Bot.State.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Zalo.Tests;

/// <summary>With Redis, a resident Zalo refused to reach is skipped by broadcasts from every instance, until they write again.</summary>
public sealed class RedisUnreachableTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _prefix = RedisServerFixture.NewPrefix();
    private FakeZaloOaApi _oa = null!;

    public async Task InitializeAsync() => _oa = await FakeZaloOaApi.StartAsync();

    public async Task DisposeAsync() => await _oa.DisposeAsync();

    [Fact]
    public async Task ResidentFoundOutsideTheWindowByOneInstanceIsSkippedByTheOtherUntilTheyWriteAgain()
    {
        await using var one = App();
        await using var two = App();
        await one.SayOnOaAsync("u-away", "menu");
        _oa.PutOutsideWindow("u-away");

        var refused = await Messenger(one).SendAsync("u-away", [Reply.Plain("Thông báo: lịch tiếp dân thay đổi.")], CancellationToken.None);
        var attempts = _oa.SendAttempts;
        var skipped = await Messenger(two).SendAsync("u-away", [Reply.Plain("Thông báo: lịch tiếp dân thay đổi.")], CancellationToken.None);

        Assert.Equal(SendStatus.Unreachable, refused.Status);
        Assert.Equal(SendStatus.Unreachable, skipped.Status);
        Assert.Equal(attempts, _oa.SendAttempts); // instance two did not even ask Zalo
        Assert.IsType<RedisUnreachableRecipients>(two.Get<IUnreachableRecipients>());

        _oa.BringBackIntoWindow("u-away"); // writing reopens Zalo's window…
        await two.SayOnOaAsync("u-away", "giúp tôi"); // …and clears the mark for every instance
        Assert.Null(await one.Get<IUnreachableRecipients>().FindAsync(new ConversationKey(ZaloChannels.OfficialAccount, "u-away"), CancellationToken.None));
    }

    [Fact]
    public async Task MarkKeepsItsReasonAndTimeAndExpiresEventually()
    {
        await using var instance = OaInstance.Start(redis.ConnectionString, _prefix, _oa, new Dictionary<string, string?>
        {
            ["Redis:UnreachableMarkTtl"] = "30.00:00:00",
        });
        var key = new ConversationKey(ZaloChannels.OfficialAccount, "u-unfollowed");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await instance.Unreachable.MarkAsync(key, "unfollowed", CancellationToken.None);
        var mark = await instance.Unreachable.FindAsync(key, CancellationToken.None);
        var ttl = await instance.Redis.GetDatabase().KeyTimeToLiveAsync(((RedisUnreachableRecipients)instance.Unreachable).Key(key));

        Assert.Equal("unfollowed", mark!.Reason);
        Assert.True(mark.Since >= before && mark.Since <= DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
        Assert.Null(await instance.Unreachable.FindAsync(new ConversationKey(ZaloChannels.Bot, "u-unfollowed"), CancellationToken.None));
    }

    [Fact]
    public async Task MarksAreSkippedNotFatalWhileRedisIsDown()
    {
        await using var server = await RedisServer.StartAsync();
        await using var instance = OaInstance.Start(server.Endpoint, _prefix, _oa);
        var key = new ConversationKey(ZaloChannels.OfficialAccount, "u-1");
        await instance.Unreachable.MarkAsync(key, "unfollowed", CancellationToken.None);

        server.Kill();
        await instance.Unreachable.MarkAsync(key, "outside-7-day-window", CancellationToken.None);

        Assert.Null(await instance.Unreachable.FindAsync(key, CancellationToken.None)); // unknown counts as reachable: one refused send at worst
    }

    private ZaloApp App() => ZaloApp.Start(oa: _oa, settings: new Dictionary<string, string?>
    {
        ["Redis:ConnectionString"] = redis.ConnectionString,
        ["Redis:KeyPrefix"] = _prefix,
    });

    private static IChannelMessenger Messenger(ZaloApp app) =>
        app.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == ZaloChannels.OfficialAccount);
}
