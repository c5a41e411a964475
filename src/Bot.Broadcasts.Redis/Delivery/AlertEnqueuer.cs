using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Subscriptions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>Turns an approved alert into one queue entry per subscribed chat, streaming the audience from Redis.</summary>
/// <remarks>
/// The audience is read with SSCAN in pages and written in batches, so a million recipients never
/// sit in memory. Enqueueing is idempotent (a recipient is queued only if it has no status yet),
/// so an instance that dies half-way is simply replaced by another that runs it again.
/// </remarks>
public sealed class AlertEnqueuer(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    AreaCatalog areas,
    ISubscriptionStore subscriptions,
    MessengerRegistry messengers,
    DeliveryWakeUp wakeUp,
    ILogger<AlertEnqueuer> logger)
{
    /// <summary>Consumer group every instance reads the delivery streams with.</summary>
    public const string Group = "delivery";

    private const int BatchSize = 500;

    /// <summary>Queues every recipient of <paramref name="alert"/>; returns true when the alert was already finished (nobody to send to).</summary>
    public async Task<bool> EnqueueAsync(BroadcastAlert alert, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        long queued = 0;
        foreach (var channel in messengers.Channels)
        {
            await EnsureGroupAsync(db, keys.Queue(channel)).ConfigureAwait(false);
            var batch = new List<RedisValue>(BatchSize + 2) { alert.Id, channel };
            foreach (var commune in alert.Areas.SelectMany(areas.Expand).DistinctBy(a => a.Id))
            {
                await foreach (var chat in subscriptions.ScanAsync(channel, commune.Id, alert.Topic, cancellationToken).ConfigureAwait(false))
                {
                    batch.Add(chat);
                    if (batch.Count == BatchSize + 2)
                    {
                        queued += await FlushAsync(db, alert.Id, channel, batch).ConfigureAwait(false);
                    }
                }
            }

            queued += await FlushAsync(db, alert.Id, channel, batch).ConfigureAwait(false);
        }

        var finished = (long)await db.ScriptEvaluateAsync(DeliveryScripts.FinishEnqueue,
            [keys.Alert(alert.Id), keys.AlertCounts(alert.Id)]).ConfigureAwait(false) == 1;
        logger.LogInformation("Alert {Alert}: queued {Count} recipients on {Channels} channel(s)", alert.Id, queued, messengers.Channels.Count);
        return finished;
    }

    /// <summary>Creates the consumer group from the stream's start (so entries added before it are not skipped).</summary>
    public static async Task EnsureGroupAsync(IDatabase db, RedisKey stream)
    {
        try
        {
            await db.StreamCreateConsumerGroupAsync(stream, Group, "0-0", createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another instance created it first.
        }
    }

    private async Task<long> FlushAsync(IDatabase db, string alertId, string channel, List<RedisValue> batch)
    {
        if (batch.Count <= 2)
        {
            return 0;
        }

        var added = (long)await db.ScriptEvaluateAsync(DeliveryScripts.Enqueue,
            [keys.AlertRecipients(alertId), keys.AlertCounts(alertId), keys.Queue(channel), keys.English(channel)], [.. batch]).ConfigureAwait(false);
        batch.RemoveRange(2, batch.Count - 2);
        if (added > 0)
        {
            wakeUp.Wake(); // this instance's idle delivery loops start now, not after their back-off
        }

        return added;
    }
}
