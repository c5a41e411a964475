using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests.Metrics;

/// <summary>The store counts its own round trips and failures, so an operator sees Redis trouble before residents report it.</summary>
[Collection(MetricsCollection.Name)]
public sealed class RedisMetricsTests
{
    private static readonly ConversationKey Resident = new("telegram", "5252");

    [Fact]
    public async Task ATurnCountsOneLoadAndOneCommitRoundTrip()
    {
        await using var server = await RedisServer.StartAsync();
        await using var bot = await TestBot.StartAsync(server.Endpoint, TestBot.NewPrefix());
        using var measured = new MeasuredInstruments();

        var result = await bot.SendAsync(Resident, "c:help", "u1");

        Assert.False(result.Duplicate);
        Assert.Equal(1, measured.Total(BotMetricNames.RedisRoundTrips, ("operation", "load")));
        Assert.Equal(1, measured.Total(BotMetricNames.RedisRoundTrips, ("operation", "commit")));
        Assert.Equal(0, measured.Total(BotMetricNames.RedisErrors, ("operation", "load")));
    }

    [Fact]
    public async Task ATurnWhileRedisIsDownIsCountedAsAnError()
    {
        await using var server = await RedisServer.StartAsync();
        await using var bot = await TestBot.StartAsync(server.Endpoint, TestBot.NewPrefix());
        server.Kill();
        using var measured = new MeasuredInstruments();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => bot.SendAsync(Resident, "c:help", "u1"));

        Assert.Equal(1, measured.Total(BotMetricNames.RedisErrors, ("operation", "load")));
        Assert.Equal(0, measured.Total(BotMetricNames.RedisRoundTrips, ("operation", "load")));
    }
}
