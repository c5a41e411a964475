using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Bot.Broadcasts.Delivery;

/// <summary>Before an approver decides: who the alert can reach now, later or not at all, and how much Zalo quota it will use.</summary>
/// <remarks>
/// Routes every subscriber the way delivery will (the router reads only what the bot knows: no platform call per
/// resident) and reads the quota once per channel. It walks the audience, so it costs a few Redis reads per subscriber.
/// </remarks>
public sealed class ReachEstimator(AreaCatalog areas, ISubscriptionStore subscriptions, MessengerRegistry messengers, TimeProvider time,
    ILogger<ReachEstimator> logger)
{
    /// <summary>One estimate per channel that has subscribers for <paramref name="alert"/>.</summary>
    public async Task<IReadOnlyList<ReachEstimate>> EstimateAsync(BroadcastAlert alert, CancellationToken cancellationToken)
    {
        var result = new List<ReachEstimate>();
        foreach (var channel in messengers.Channels.Order(StringComparer.Ordinal))
        {
            var router = messengers.Router(channel);
            var (now, later, skipped) = (new Dictionary<string, long>(), new Dictionary<string, long>(), new Dictionary<string, long>());
            long subscribers = 0, rationed = 0;
            foreach (var commune in alert.Areas.SelectMany(areas.Expand).DistinctBy(a => a.Id))
            {
                await foreach (var chat in subscriptions.ScanAsync(channel, commune.Id, alert.Topic, cancellationToken).ConfigureAwait(false))
                {
                    subscribers++;
                    if (router is null)
                    {
                        Add(now, "message");
                        continue;
                    }

                    var route = await router.RouteAsync(chat, cancellationToken).ConfigureAwait(false);
                    rationed += route.Rationed ? 1 : 0;
                    if (route.IsUnreachable)
                    {
                        Add(skipped, route.Reason ?? "unreachable");
                    }
                    else if (route.NotBefore > time.GetUtcNow())
                    {
                        Add(later, route.Reason ?? "later");
                    }
                    else
                    {
                        Add(now, route.MessageType);
                    }
                }
            }

            if (subscribers == 0)
            {
                continue;
            }

            long? remaining = null;
            if (router is not null && rationed > 0)
            {
                try
                {
                    remaining = await router.RemainingQuotaAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogInformation(ex, "Could not read the {Channel} quota for an estimate", channel);
                }
            }

            result.Add(new ReachEstimate(channel, subscribers, now, later, skipped, rationed, remaining));
        }

        return result;
    }

    private static void Add(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
