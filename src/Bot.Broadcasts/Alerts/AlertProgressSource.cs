using Bot.Broadcasts.Areas;
using Bot.Dialogs.Reporting;

namespace Bot.Broadcasts.Alerts;

/// <summary>
/// The dashboard's "recent broadcasts" (the core's <see cref="IBroadcastProgressSource"/>) read from the index of recent alerts,
/// with live counts (sent, blocked, failed, pending) and what each channel delivered.
/// </summary>
/// <remarks>Titles are the topic and the start of the officer's text: never a resident's data.</remarks>
public sealed class AlertProgressSource(IAlertStore alerts, AreaCatalog areas, TimeProvider time) : IBroadcastProgressSource
{
    private const int TitleLength = 60;

    public async Task<IReadOnlyList<BroadcastProgress>> RecentAsync(int max, CancellationToken cancellationToken)
    {
        var result = new List<BroadcastProgress>();
        foreach (var id in await alerts.RecentIdsAsync(max))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await alerts.GetAsync(id) is not { } alert)
            {
                continue; // removed by an operator; the index is trimmed lazily
            }

            var counts = await alerts.GetCountsAsync(id);
            var byChannel = await alerts.SentByChannelAsync(id);
            result.Add(new BroadcastProgress(
                alert.Id,
                Title(alert),
                string.Join("; ", alert.Areas.Select(areas.FullName)),
                StatusOf(alert),
                Clamp(counts.Total),
                Clamp(counts.Sent),
                Clamp(counts.Blocked + counts.Unreachable),
                Clamp(counts.Failed),
                Clamp(counts.Pending),
                alert.CreatedAt,
                byChannel.ToDictionary(e => e.Key, e => Clamp(e.Value), StringComparer.Ordinal)));
        }

        return result;
    }

    /// <summary>The dashboard's words: it shows "awaiting_approval" and "scheduled" (approved, held for the quiet hours).</summary>
    private string StatusOf(BroadcastAlert alert) => alert.Status switch
    {
        AlertStatus.PendingApproval => "awaiting_approval",
        AlertStatus.Sending when alert.SendAfter > time.GetUtcNow() => "scheduled",
        var status => status,
    };

    private static string Title(BroadcastAlert alert)
    {
        var text = alert.Text.ReplaceLineEndings(" ");
        var start = text.Length <= TitleLength ? text : text[..TitleLength].TrimEnd() + "…";
        return $"{Topics.Label(alert.Topic)}: {start}";
    }

    private static int Clamp(long n) => (int)Math.Min(n, int.MaxValue);
}
