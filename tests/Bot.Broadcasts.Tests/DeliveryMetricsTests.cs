using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Broadcasts.Alerts;
using Bot.Metrics;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

/// <summary>The listener hears every delivery in the process, so these tests run alone.</summary>
[CollectionDefinition(nameof(DeliveryMetricsTests), DisableParallelization = true)]
public sealed class DeliveryMetricsCollection;

[Collection(nameof(DeliveryMetricsTests))]
public sealed class DeliveryMetricsTests
{
    [Fact]
    public async Task EveryDeliveryOutcomeIsCountedByChannelAndStatus()
    {
        var counted = new ConcurrentDictionary<(string Channel, string Status), long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Name == BotMetricNames.BroadcastDeliveries)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? channel = null, status = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "channel") channel = tag.Value as string;
                if (tag.Key == "status") status = tag.Value as string;
            }

            counted.AddOrUpdate((channel!, status!), value, (_, n) => n + value);
        });
        listener.Start();

        await using var rig = await StartAsync(200);
        await rig.SubscribeManyAsync(30, "ha-noi.hoan-kiem");
        rig.Platform.Blocked["r3"] = true;
        rig.Platform.Blocked["r7"] = true;
        rig.Platform.ForceRateLimits(2);

        var id = await DeliveryTests.CreateAndApproveAsync(rig, urgent: true);
        await DeliveryTests.WaitUntilAsync(rig, id, AlertStatus.Done);

        Assert.Equal(28, counted.GetValueOrDefault((Channel, "sent")));
        Assert.Equal(2, counted.GetValueOrDefault((Channel, "blocked")));
        Assert.Equal(2, counted.GetValueOrDefault((Channel, "rate_limited")));
        Assert.Equal(0, counted.GetValueOrDefault((Channel, "failed")));
    }
}
