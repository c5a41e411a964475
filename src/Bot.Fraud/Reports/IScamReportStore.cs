namespace Bot.Fraud.Reports;

/// <summary>Holds checked messages until a resident reports them, and the reports for officers.</summary>
/// <remarks>
/// Each verdict keeps a redacted draft; the "report" button carries only its id, so the button
/// stays within 64 bytes and the message is never put into a payload. Drafts expire unreported.
/// </remarks>
public interface IScamReportStore
{
    /// <summary>Keeps a redacted draft (its <see cref="ScamReport.Id"/> is the key).</summary>
    ValueTask SaveDraftAsync(ScamReport draft, CancellationToken cancellationToken = default);

    /// <summary>Turns a draft into a report; repeating it is harmless. Null when the draft expired or never existed.</summary>
    ValueTask<ScamReport?> SubmitAsync(string id, DateTimeOffset reportedAt, CancellationToken cancellationToken = default);

    /// <summary>Reports made at or after <paramref name="since"/>, oldest first, at most <paramref name="limit"/>.</summary>
    ValueTask<IReadOnlyList<ScamReport>> ListAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default);
}
