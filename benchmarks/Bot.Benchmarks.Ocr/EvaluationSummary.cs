using System.Globalization;
using System.Text;
using Bot.Fraud.Analysis;
using Bot.Ocr;

namespace Bot.Benchmarks.Ocr;

/// <summary>The numbers the issue asks for, from a list of outcomes.</summary>
public sealed record EvaluationSummary(
    int Scams, int ScamsFlagged, int TypedScamsFlagged,
    int Legit, int LegitHigh, int TypedLegitHigh,
    double MeanAccuracy, double MedianAccuracy,
    TimeSpan MedianTime, TimeSpan P90Time, TimeSpan? MedianCpu, long? PeakMemoryBytes, int Unread, int SameVerdict, int Total)
{
    public double ScamsFlaggedShare => Scams == 0 ? 1 : (double)ScamsFlagged / Scams;

    public double LegitHighShare => Legit == 0 ? 0 : (double)LegitHigh / Legit;

    public static EvaluationSummary Of(IReadOnlyList<CaseOutcome> outcomes)
    {
        var scams = outcomes.Where(o => o.Case.Message.IsScam).ToList();
        var legit = outcomes.Where(o => !o.Case.Message.IsScam).ToList();
        var accuracies = outcomes.Select(o => o.Accuracy).Order().ToArray();
        var times = outcomes.Where(o => o.Ocr.Elapsed > TimeSpan.Zero).Select(o => o.Ocr.Elapsed).Order().ToArray();
        var cpu = outcomes.Select(o => o.Ocr.ProcessorTime).Where(p => p.HasValue).Select(p => p!.Value).Order().ToArray();
        var peaks = outcomes.Select(o => o.Ocr.PeakMemoryBytes).Where(p => p.HasValue).Select(p => p!.Value).ToArray();
        return new EvaluationSummary(
            scams.Count, scams.Count(o => o.ReadRisk >= RiskLevel.Medium), scams.Count(o => o.TypedRisk >= RiskLevel.Medium),
            legit.Count, legit.Count(o => o.ReadRisk == RiskLevel.High), legit.Count(o => o.TypedRisk == RiskLevel.High),
            accuracies.Length == 0 ? 0 : accuracies.Average(), Median(accuracies),
            times.Length == 0 ? TimeSpan.Zero : times[times.Length / 2],
            times.Length == 0 ? TimeSpan.Zero : times[Math.Min(times.Length - 1, (int)(times.Length * 0.9))],
            cpu.Length == 0 ? null : cpu[cpu.Length / 2],
            peaks.Length == 0 ? null : peaks.Max(),
            outcomes.Count(o => o.Ocr.Status != OcrStatus.Read),
            outcomes.Count(o => o.ReadRisk == o.TypedRisk),
            outcomes.Count);
    }

    public string ToMarkdown(string title)
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(c, $"### {title}");
        s.AppendLine();
        s.AppendLine("| measure | from the screenshot | typed text (same check) |");
        s.AppendLine("|---|---:|---:|");
        s.AppendLine(c, $"| scams flagged medium or high | {ScamsFlagged}/{Scams} = {Pct(ScamsFlagged, Scams)} | {TypedScamsFlagged}/{Scams} = {Pct(TypedScamsFlagged, Scams)} |");
        s.AppendLine(c, $"| legitimate flagged high | {LegitHigh}/{Legit} = {Pct(LegitHigh, Legit)} | {TypedLegitHigh}/{Legit} = {Pct(TypedLegitHigh, Legit)} |");
        s.AppendLine(c, $"| same risk level as the typed text | {SameVerdict}/{Total} = {Pct(SameVerdict, Total)} | |");
        s.AppendLine(c, $"| character accuracy (mean / median) | {MeanAccuracy:P1} / {MedianAccuracy:P1} | |");
        s.AppendLine(c, $"| OCR time per image (median / 90th percentile) | {MedianTime.TotalSeconds:0.00} s / {P90Time.TotalSeconds:0.00} s | |");
        s.AppendLine(c, $"| CPU time of tesseract per image (median) | {(MedianCpu is { } cpu ? $"{cpu.TotalSeconds:0.00} s" : "not measured")} | |");
        s.AppendLine(c, $"| peak memory of one tesseract process | {(PeakMemoryBytes is { } p ? $"{p / 1024.0 / 1024.0:0} MiB" : "not measured")} | |");
        s.AppendLine(c, $"| images without text read | {Unread} | |");
        return s.ToString();
    }

    private static string Pct(int part, int whole) => whole == 0 ? "–" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);

    private static double Median(double[] sorted) => sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
}
