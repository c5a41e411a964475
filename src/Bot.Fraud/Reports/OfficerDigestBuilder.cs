using Bot.Dialogs.Officers;
using Bot.Fraud.Config;

namespace Bot.Fraud.Reports;

/// <summary>Picks the reports one officer should see for a period and words the digest.</summary>
/// <remarks>
/// An officer sees reports from the areas their role covers, plus reports whose area is unknown
/// (residents rarely say where they live, and a report nobody sees helps nobody).
/// </remarks>
public sealed class OfficerDigestBuilder(IScamReportStore reports, IOfficerDirectory officers, FraudContent content)
{
    /// <summary>Most reports read for one digest.</summary>
    public const int MaxReports = 10_000;

    /// <summary>Reports made in [<paramref name="from"/>, <paramref name="until"/>).</summary>
    public async ValueTask<IReadOnlyList<ScamReport>> ReportsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var list = await reports.ListAsync(from, MaxReports, cancellationToken).ConfigureAwait(false);
        return list.Where(r => r.ReportedAt is { } at && at < until).ToList();
    }

    /// <summary>The digest text for <paramref name="officer"/> from an already read period.</summary>
    public string Format(Officer officer, IReadOnlyList<ScamReport> period, string periodText, string locale) =>
        ScamReportDigest.Format(ForOfficer(officer, period), periodText, content, locale);

    /// <summary>The reports in <paramref name="period"/> that <paramref name="officer"/> sees.</summary>
    public IReadOnlyList<ScamReport> ForOfficer(Officer officer, IReadOnlyList<ScamReport> period) =>
        period.Where(r => r.Area is null || officers.Covers(officer, r.Area)).ToList();
}
