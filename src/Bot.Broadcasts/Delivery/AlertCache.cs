using System.Collections.Concurrent;
using Bot.Broadcasts.Alerts;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Delivery;

/// <summary>Alerts being delivered, re-read every half second so a cancel takes effect quickly without a Redis read per message.</summary>
public sealed class AlertCache(IAlertStore alerts, AlertFormatter formatter, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The alert and the message residents get (Vietnamese, and English), or null when it no longer exists.</summary>
    public async Task<(BroadcastAlert Alert, Reply Message, Reply English)?> GetAsync(string id)
    {
        var now = time.GetTimestamp();
        if (_entries.TryGetValue(id, out var entry) && time.GetElapsedTime(entry.ReadAt) < Freshness)
        {
            return (entry.Alert, entry.Message, entry.English);
        }

        var alert = await alerts.GetAsync(id).ConfigureAwait(false);
        if (alert is null)
        {
            _entries.TryRemove(id, out _);
            return null;
        }

        var message = entry?.Message ?? formatter.Render(alert);
        var english = entry?.English ?? formatter.Render(alert, "en");
        _entries[id] = new Entry(alert, message, english, now);
        return (alert, message, english);
    }

    /// <summary>Forgets an alert that finished.</summary>
    public void Forget(string id) => _entries.TryRemove(id, out _);

    private sealed record Entry(BroadcastAlert Alert, Reply Message, Reply English, long ReadAt);
}
