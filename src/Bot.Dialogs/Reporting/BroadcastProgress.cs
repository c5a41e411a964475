namespace Bot.Dialogs.Reporting;

/// <summary>How far one broadcast has reached, for the dashboard's progress bars and delivery report.</summary>
/// <param name="Id">The broadcast's id.</param>
/// <param name="Title">Its short title (never a resident's data).</param>
/// <param name="Area">The commune or ward it went to.</param>
/// <param name="Status">The alert's status, named as the admin API names it: pending_approval, scheduled, sending, done, rejected, expired, cancelled.</param>
/// <param name="Total">Recipients targeted.</param>
/// <param name="Sent">Delivered.</param>
/// <param name="Blocked">The resident blocked the bot (403).</param>
/// <param name="Failed">Gave up after retries.</param>
/// <param name="Pending">Not tried yet.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ByChannel">Delivered count per channel.</param>
/// <param name="SendAfter">When a scheduled alert starts (after the quiet hours); null otherwise.</param>
/// <param name="Reach">Per channel: reached by message type, waiting and skipped with reasons (empty for sources that do not know).</param>
public sealed record BroadcastProgress(
    string Id,
    string Title,
    string Area,
    string Status,
    int Total,
    int Sent,
    int Blocked,
    int Failed,
    int Pending,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, int> ByChannel,
    DateTimeOffset? SendAfter = null,
    IReadOnlyList<BroadcastChannelReach>? Reach = null);
