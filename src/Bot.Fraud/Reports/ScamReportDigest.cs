using System.Globalization;
using System.Text;
using Bot.Fraud.Config;

namespace Bot.Fraud.Reports;

/// <summary>The officers' daily summary of residents' reports: how many, the commonest signs and domains, a few masked samples.</summary>
public static class ScamReportDigest
{
    /// <summary>How many reasons, domains and samples the summary names.</summary>
    public const int TopCount = 5;

    public const int SampleCount = 3;

    /// <summary>Longest sample shown (the excerpt is already masked).</summary>
    public const int SampleLength = 160;

    /// <summary>The digest message; <paramref name="period"/> is already worded ("ngày 28/11/2026").</summary>
    public static string Format(IReadOnlyList<ScamReport> reports, string period, FraudContent content, string locale)
    {
        var text = new StringBuilder();
        text.AppendLine(content.Text(FraudMessageKeys.DigestTitle, locale).Replace("{period}", period, StringComparison.Ordinal));
        if (reports.Count == 0)
        {
            text.Append(content.Text(FraudMessageKeys.DigestNone, locale));
            return text.ToString();
        }

        text.AppendLine(content.Text(FraudMessageKeys.DigestCount, locale)
            .Replace("{count}", reports.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var reasons = Top(reports.SelectMany(r => r.ReasonCodes.Distinct(StringComparer.Ordinal)));
        if (reasons.Count > 0)
        {
            text.AppendLine().AppendLine(content.Text(FraudMessageKeys.DigestReasons, locale));
            foreach (var (code, count) in reasons)
            {
                text.Append("• ").Append(ReasonName(code, content, locale)).Append(": ").Append(count).AppendLine();
            }
        }

        var domains = Top(reports.SelectMany(r => r.Domains.Distinct(StringComparer.Ordinal)));
        if (domains.Count > 0)
        {
            text.AppendLine().AppendLine(content.Text(FraudMessageKeys.DigestDomains, locale));
            foreach (var (domain, count) in domains)
            {
                // Defanged so no chat app turns a scam domain into a link an officer could tap.
                text.Append("• ").Append(domain.Replace(".", "[.]", StringComparison.Ordinal)).Append(": ").Append(count).AppendLine();
            }
        }

        text.AppendLine().AppendLine(content.Text(FraudMessageKeys.DigestSamples, locale));
        foreach (var report in reports.OrderByDescending(r => r.Score).ThenByDescending(r => r.ReportedAt).Take(SampleCount))
        {
            var sample = report.Excerpt.ReplaceLineEndings(" ");
            if (sample.Length > SampleLength)
            {
                sample = sample[..SampleLength] + "…";
            }

            text.Append("– «").Append(sample.Replace(".", "[.]", StringComparison.Ordinal)).AppendLine("»");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"ngày 28/11/2026" / "28/11/2026".</summary>
    public static string DayPeriod(DateOnly day, FraudContent content, string locale) =>
        content.Text(FraudMessageKeys.DigestPeriodDay, locale)
            .Replace("{date}", day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>"hôm nay 29/11/2026, đến 14:05" (Vietnam time).</summary>
    public static string TodayPeriod(DateTimeOffset now, FraudContent content, string locale)
    {
        var local = VietnamTime.ToVietnam(now);
        return content.Text(FraudMessageKeys.DigestPeriodToday, locale)
            .Replace("{date}", local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{time}", local.ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static List<(string Key, int Count)> Top(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Take(TopCount)
            .ToList();

    /// <summary>The rule's reason text without the per-message parts ("{domain}") — or the code for a rule since removed.</summary>
    private static string ReasonName(string code, FraudContent content, string locale)
    {
        var rule = content.Rules.FirstOrDefault(r => r.Code == code);
        if (rule is null)
        {
            return code;
        }

        var text = locale == "en" ? rule.Text.En ?? rule.Text.Vi : rule.Text.Vi;
        foreach (var placeholder in new[] { "{domain}", "{official}", "{phone}", "{name}" })
        {
            text = text.Replace(placeholder, "", StringComparison.Ordinal);
        }

        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
