using System.Globalization;
using System.Text;
using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tests.Routing;

/// <summary>Routes a labelled set of resident utterances and scores the router against the labels.</summary>
internal sealed class RoutingEvaluation
{
    public const string OutOfScope = "none";

    private RoutingEvaluation(IReadOnlyList<Row> rows) => Rows = rows;

    public IReadOnlyList<Row> Rows { get; }

    public IEnumerable<Row> InScope => Rows.Where(r => r.Expected != OutOfScope);

    public IEnumerable<Row> OutOfScopeRows => Rows.Where(r => r.Expected == OutOfScope);

    /// <summary>Share of in-scope utterances whose best candidate is the right flow (sent there, or offered first).</summary>
    public double TopOneInScope => Share(InScope, r => r.Predicted == r.Expected);

    /// <summary>Share of in-scope utterances sent straight to the right flow without a question.</summary>
    public double DirectInScope => Share(InScope, r => r.Kind == RouteKind.Confident && r.Predicted == r.Expected);

    /// <summary>Share of out-of-scope utterances that get the fallback (nothing offered).</summary>
    public double FallbackOutOfScope => Share(OutOfScopeRows, r => r.Kind == RouteKind.None);

    public static RoutingEvaluation Run(string file, Bot.Dialogs.Understanding.Understander understander)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("expected\t", StringComparison.Ordinal))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new FormatException($"{file}: '{line}' needs '<flow><TAB><utterance>'");
            }

            var (expected, text) = (line[..tab].Trim(), line[(tab + 1)..].Trim());

            // "I want to check a number" (nothing given yet) is the scams topic since issue 14: the check is its step.
            expected = Current(expected);
            var decision = understander.Decide(text, Bot.Dialogs.Understanding.CheckSignal.None);
            var (kind, target) = decision.Kind switch
            {
                Bot.Dialogs.Understanding.DecisionKind.Route => (RouteKind.Confident, decision.Target!.FlowId),
                Bot.Dialogs.Understanding.DecisionKind.Ask => (RouteKind.Ambiguous, decision.Choices[0].Target.FlowId),
                _ => (RouteKind.None, OutOfScope),
            };
            rows.Add(new Row(expected, text, target, kind, decision.Explanation.Score));
        }

        return new RoutingEvaluation(rows);
    }

    /// <summary>
    /// The label a flow has today. The sets were written (and frozen) before issue 15 merged the
    /// "scamcheck" flow into "scams" as its step "check"; their "scamcheck" rows mean that step.
    /// </summary>
    private static string Current(string label) => label == "scamcheck" ? "scams" : label;

    /// <summary>A plain-text report: totals, per-flow accuracy and the confusion matrix (rows expected, columns predicted).</summary>
    public string Report()
    {
        var labels = Rows.Select(r => r.Expected).Concat(Rows.Select(r => r.Predicted))
            .Distinct().OrderBy(l => l == OutOfScope ? "~" : l, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"utterances: {Rows.Count} ({InScope.Count()} in scope, {OutOfScopeRows.Count()} out of scope; {Share(Rows, r => IsAscii(r.Text)):P0} typed without diacritics)");
        text.AppendLine(CultureInfo.InvariantCulture, $"in scope, top-1 correct: {TopOneInScope:P1}   sent straight to the right flow: {DirectInScope:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"out of scope, correct fallback: {FallbackOutOfScope:P1}");
        text.AppendLine();
        text.AppendLine("| expected | n | top-1 correct | direct | ambiguous |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var label in labels.Where(l => Rows.Any(r => r.Expected == l)))
        {
            var group = Rows.Where(r => r.Expected == label).ToList();
            var correct = label == OutOfScope
                ? group.Count(r => r.Kind == RouteKind.None)
                : group.Count(r => r.Predicted == label);
            var direct = group.Count(r => r.Kind == RouteKind.Confident && r.Predicted == label);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {group.Count} | {correct} ({(double)correct / group.Count:P0}) | {(label == OutOfScope ? "–" : direct.ToString(CultureInfo.InvariantCulture))} | {group.Count(r => r.Kind == RouteKind.Ambiguous)} |");
        }

        text.AppendLine();
        text.AppendLine("Confusion matrix (rows: expected, columns: predicted best flow; none = fallback):");
        text.AppendLine();
        text.AppendLine("| expected \\ predicted | " + string.Join(" | ", labels) + " |");
        text.AppendLine("|---|" + string.Concat(labels.Select(_ => "---:|")));
        foreach (var expected in labels.Where(l => Rows.Any(r => r.Expected == l)))
        {
            var cells = labels.Select(p => Rows.Count(r => r.Expected == expected && r.Predicted == p).ToString(CultureInfo.InvariantCulture));
            text.AppendLine("| " + expected + " | " + string.Join(" | ", cells) + " |");
        }

        var misses = Rows.Where(r => r.Expected == OutOfScope ? r.Kind != RouteKind.None : r.Predicted != r.Expected).ToList();
        if (misses.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Misrouted:");
            foreach (var miss in misses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- \"{miss.Text}\": expected {miss.Expected}, got {miss.Predicted} ({miss.Kind}, {miss.Score:F2})");
            }
        }

        return text.ToString();
    }

    public static bool IsAscii(string text) => text.All(c => c < 128);

    private static double Share(IEnumerable<Row> rows, Func<Row, bool> predicate)
    {
        var list = rows.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(predicate) / list.Count;
    }

    internal sealed record Row(string Expected, string Text, string Predicted, RouteKind Kind, double Score);
}
