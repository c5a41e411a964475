using System.Globalization;
using System.Text;
using Bot.Fraud.Analysis;
using Bot.Fraud.Privacy;

namespace Bot.Fraud.Tests.Evaluation;

/// <summary>The verdicts on one labelled set, summed up as Markdown: the confusion matrix, the two goals, a line per kind.</summary>
internal sealed class EvaluationReport
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;
    private readonly List<(LabelledMessage Message, FraudVerdict Verdict)> _results;

    public EvaluationReport(FraudAnalyzer analyzer, IEnumerable<LabelledMessage> messages)
    {
        _results = messages.Select(m => (m, analyzer.Analyze(m.Text))).ToList();
    }

    public int Scams => _results.Count(r => r.Message.IsScam);

    public int Legit => _results.Count(r => !r.Message.IsScam);

    /// <summary>Share of scams flagged medium or high (goal ≥ 95 %).</summary>
    public double ScamsCaught => Caught(_results.Where(r => r.Message.IsScam)) / (double)Scams;

    /// <summary>Share of legitimate messages flagged high (goal ≤ 3 %).</summary>
    public double LegitHigh => Count(false, RiskLevel.High) / (double)Legit;

    /// <summary>Legitimate messages in which the privacy guard sees a citizen ID or old ID number (none of them holds one).</summary>
    public int IdFalseAlarms => _results.Count(r => !r.Message.IsScam
        && PersonalDataMasker.Detect(r.Message.Text) is var kinds
        && (kinds.Contains(PersonalDataKind.CitizenId) || kinds.Contains(PersonalDataKind.OldId)));

    /// <summary>Markdown: matrix, goals and per-kind lines; with <paramref name="listMisses"/> also every miss (never for the holdout).</summary>
    public string Markdown(bool listMisses)
    {
        var text = new StringBuilder();
        text.AppendLine("| label \\ verdict | high | medium | low | total |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        text.AppendLine(Culture, $"| scam | {Count(true, RiskLevel.High)} | {Count(true, RiskLevel.Medium)} | {Count(true, RiskLevel.Low)} | {Scams} |");
        text.AppendLine(Culture, $"| legit | {Count(false, RiskLevel.High)} | {Count(false, RiskLevel.Medium)} | {Count(false, RiskLevel.Low)} | {Legit} |");
        text.AppendLine();
        var caught = Caught(_results.Where(r => r.Message.IsScam));
        text.AppendLine(Culture, $"- Scams flagged medium or higher: {caught}/{Scams} = {Percent(ScamsCaught)} (goal ≥ 95 %).");
        text.AppendLine(Culture, $"- Legitimate messages flagged high: {Count(false, RiskLevel.High)}/{Legit} = {Percent(LegitHigh)} (goal ≤ 3 %).");
        text.AppendLine(Culture, $"- Legitimate messages flagged medium: {Count(false, RiskLevel.Medium)}/{Legit} (allowed; the advice is then \"check through official channels\").");
        text.AppendLine(Culture, $"- Legitimate messages the privacy guard takes for a citizen ID or old ID number: {IdFalseAlarms}/{Legit}.");
        text.AppendLine();
        text.AppendLine("| kind (scams) | n | medium or high |");
        text.AppendLine("|---|---:|---:|");
        foreach (var kind in ScamCategory.ScamKinds)
        {
            var group = _results.Where(r => r.Message.IsScam && ScamCategory.Of(r.Message) == kind).ToList();
            if (group.Count > 0)
            {
                text.AppendLine(Culture, $"| {kind} | {group.Count} | {Caught(group)} ({Percent(Caught(group) / (double)group.Count)}) |");
            }
        }

        text.AppendLine();
        text.AppendLine("| kind (legitimate) | n | high | medium |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var kind in ScamCategory.LegitKinds)
        {
            var group = _results.Where(r => !r.Message.IsScam && ScamCategory.Of(r.Message) == kind).ToList();
            if (group.Count > 0)
            {
                text.AppendLine(Culture, $"| {kind} | {group.Count} | {group.Count(r => r.Verdict.Risk == RiskLevel.High)} | {group.Count(r => r.Verdict.Risk == RiskLevel.Medium)} |");
            }
        }

        if (listMisses)
        {
            text.AppendLine();
            text.AppendLine("Misses (scams flagged low, legitimate messages flagged medium or high):");
            text.AppendLine();
            var misses = _results
                .Where(r => r.Message.IsScam ? r.Verdict.Risk == RiskLevel.Low : r.Verdict.Risk != RiskLevel.Low)
                .ToList();
            if (misses.Count == 0)
            {
                text.AppendLine("None.");
            }

            foreach (var (message, verdict) in misses)
            {
                var codes = string.Join(", ", verdict.Reasons.Where(r => r.Weight > 0).Select(r => r.Code));
                text.AppendLine(Culture, $"- {(message.IsScam ? "scam" : "legit")} → {verdict.RiskName} {verdict.Score:0.00} [{codes}]: {message.Text}");
            }
        }

        return text.ToString();
    }

    private int Count(bool scam, RiskLevel risk) => _results.Count(r => r.Message.IsScam == scam && r.Verdict.Risk == risk);

    private static int Caught(IEnumerable<(LabelledMessage Message, FraudVerdict Verdict)> results) => results.Count(r => r.Verdict.Risk >= RiskLevel.Medium);

    private static string Percent(double share) => (share * 100).ToString("0.0", Culture) + " %";
}
