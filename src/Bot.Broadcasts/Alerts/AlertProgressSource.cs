using Bot.Broadcasts.Areas;
using Bot.Dialogs.Reporting;

namespace Bot.Broadcasts.Alerts;

/// <summary>
/// The dashboard's "recent broadcasts" (the core's <see cref="IBroadcastProgressSource"/>) read from the index of recent alerts,
/// with live counts (sent, blocked, failed, pending), what each channel delivered and each channel's reach with reasons.
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
                alert.StatusAt(time.GetUtcNow()), // the admin API's names and rules, one set everywhere
                Clamp(counts.Total),
                Clamp(counts.Sent),
                Clamp(counts.Blocked + counts.Unreachable),
                Clamp(counts.Failed),
                Clamp(counts.Pending),
                alert.CreatedAt,
                byChannel.ToDictionary(e => e.Key, e => Clamp(e.Value), StringComparer.Ordinal),
                alert.Status == AlertStatus.Scheduled ? alert.SendAfter : null,
                (await alerts.GetReachAsync(id)).Select(Reach).ToList()));
        }

        return result;
    }

    private static string Title(BroadcastAlert alert)
    {
        var text = alert.Text.ReplaceLineEndings(" ");
        var start = text.Length <= TitleLength ? text : text[..TitleLength].TrimEnd() + "…";
        return $"{Topics.Label(alert.Topic)}: {start}";
    }

    private static BroadcastChannelReach Reach(ChannelReach c) => new(
        c.Channel, Clamp(c.Subscribers), Clamp(c.Reached), Clamp(c.Waiting), Clamp(c.Skipped), Clamp(c.Failed), Clamp(c.NotYetTried));

    private static Dictionary<string, int> Clamp(IReadOnlyDictionary<string, long> counts) =>
        counts.ToDictionary(e => e.Key, e => Clamp(e.Value), StringComparer.Ordinal);

    private static int Clamp(long n) => (int)Math.Min(n, int.MaxValue);
}
