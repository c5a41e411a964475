namespace Bot.Dialogs.Reporting;

/// <summary>How far one broadcast has reached, for the dashboard's progress bars and delivery report.</summary>
/// <param name="Id">The broadcast's id.</param>
/// <param name="Title">Its short title (never a resident's data).</param>
/// <param name="Area">The commune or ward it went to.</param>
/// <param name="Status">e.g. "sending", "done", "awaiting_approval", "cancelled".</param>
/// <param name="Total">Recipients targeted.</param>
/// <param name="Sent">Delivered.</param>
/// <param name="Blocked">The resident blocked the bot (403).</param>
/// <param name="Failed">Gave up after retries.</param>
/// <param name="Pending">Not tried yet.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ByChannel">Delivered count per channel.</param>
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
    IReadOnlyDictionary<string, int> ByChannel);
