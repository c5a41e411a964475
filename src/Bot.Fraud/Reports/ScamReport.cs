namespace Bot.Fraud.Reports;

/// <summary>A scam message a resident reported, already redacted (no ID numbers, OTPs, passwords; phones masked).</summary>
/// <param name="Id">Random id, also used in the report button's payload.</param>
/// <param name="CheckedAt">When the message was checked.</param>
/// <param name="Channel">"web", "telegram", "zalo-oa"… (never the chat id).</param>
/// <param name="Area">The resident's commune or ward when the conversation knows it.</param>
/// <param name="Risk">"high", "medium" or "low".</param>
/// <param name="ReasonCodes">Codes of the reasons found.</param>
/// <param name="Domains">Domains of the links in the message.</param>
/// <param name="Phones">Phone numbers in the message, masked.</param>
/// <param name="Excerpt">The message, masked and cut to <see cref="MaxExcerptLength"/> characters.</param>
public sealed record ScamReport(
    string Id,
    DateTimeOffset CheckedAt,
    string Channel,
    string? Area,
    string Risk,
    double Score,
    IReadOnlyList<string> ReasonCodes,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Phones,
    string Excerpt)
{
    /// <summary>Longest excerpt kept.</summary>
    public const int MaxExcerptLength = 1_000;

    /// <summary>When the resident pressed "report"; null while it is only a draft.</summary>
    public DateTimeOffset? ReportedAt { get; init; }
}
