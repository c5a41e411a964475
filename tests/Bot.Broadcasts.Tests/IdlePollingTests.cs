using System.Diagnostics;
using Bot.Broadcasts.Alerts;
using StackExchange.Redis;
using static Bot.Broadcasts.Tests.BroadcastRig;
using static Bot.Broadcasts.Tests.DeliveryTests;

namespace Bot.Broadcasts.Tests;

/// <summary>An instance with nothing to deliver leaves Redis alone, and still starts an alert at once when one is approved.</summary>
public sealed class IdlePollingTests
{
    [Fact]
    public async Task AnIdleInstanceAsksRedisForWorkAboutOnceASecondInsteadOfTwentyFiveTimes()
    {
        await using var rig = await StartAsync();
        await using var admin = await ConnectionMultiplexer.ConnectAsync(rig.Redis.ConnectionString + ",allowAdmin=true");
        await Task.Delay(TimeSpan.FromSeconds(3)); // past the back-off's ramp (50 ms doubling to 1 s)

        var before = await PollsAsync(admin);
        await Task.Delay(TimeSpan.FromSeconds(4));
        var idle = await PollsAsync(admin) - before;

        // Without the back-off: 20 stream reads and 5 job claims a second, about 100 in these 4 s.
        Assert.InRange(idle, 1, 16);
    }

    [Fact]
    public async Task AnAlertApprovedOnAnIdleInstanceGoesOutWithoutWaitingForItsLongPause()
    {
        // Pauses may grow to five minutes: after 13 s idle both loops sleep until about 25.6 s (50 ms doubling:
        // polls at 12.75 s, then 25.55 s), so only the wake-up by scheduling and queueing reaches everyone within 8 s.
        await using var rig = await StartAsync(settings: new Dictionary<string, string?> { ["Broadcasts:IdlePollMax"] = "00:05:00" });
        await rig.SubscribeManyAsync(20, "ha-noi.hoan-kiem");
        await Task.Delay(TimeSpan.FromSeconds(13));

        var approved = Stopwatch.GetTimestamp();
        var id = await CreateAndApproveAsync(rig, urgent: true);

        await Eventually.HoldsAsync(() => rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r')) == 20, "all 20 residents reached");
        Assert.True(Seconds(approved, Stopwatch.GetTimestamp()) < 8, "the alert waited for the delivery loops' idle pause");
        await WaitUntilAsync(rig, id, AlertStatus.Done);
    }

    /// <summary>How many times the delivery loops asked Redis for work (stream reads and job claims).</summary>
    private static async Task<long> PollsAsync(ConnectionMultiplexer admin)
    {
        var info = await admin.GetServers()[0].InfoAsync("commandstats");
        return info.SelectMany(g => g)
            .Where(e => e.Key is "cmdstat_xreadgroup" or "cmdstat_evalsha" or "cmdstat_eval")
            .Sum(e => long.Parse(e.Value.Split(',')[0]["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
