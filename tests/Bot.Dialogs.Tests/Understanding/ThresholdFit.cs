using Bot.Dialogs.Text;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>
/// Fits the routing thresholds (minimum, confident, margin) on labelled messages by grid search:
/// the most in-scope messages opened right directly while at least <see cref="SoftGoal"/> of the
/// out-of-scope, chit-chat, navigation and help messages open no topic. Messages to check are left
/// out (the check signal, not the thresholds, decides them).
/// </summary>
internal static class ThresholdFit
{
    /// <summary>Out-of-scope share kept by the fit: the goal (90 %) plus a safety margin for new phrasing.</summary>
    public const double SoftGoal = 0.95;

    public static readonly double[] Minimums = Steps(0.10, 0.50, 0.02);
    public static readonly double[] Confidents = Steps(0.10, 0.60, 0.02);
    // The judge never counts "which do you mean?" as right, so a fit left alone never asks (margin 0).
    // Asking when two topics genuinely tie is still kinder than guessing: 0.02 is the product's floor.
    public static readonly double[] Margins = Steps(0.02, 0.12, 0.01);

    /// <summary>One labelled message with its candidates ranked once (thresholds do not change the ranking).</summary>
    public sealed record Scored(string Label, List<RouteCandidate> Ranked);

    public sealed record Fit(double Minimum, double Confident, double Margin, double InScope, double Soft);

    public static List<Scored> Score(Understander understander, IEnumerable<(string Label, string Text)> lines) =>
        lines.Where(l => l.Label != "check").Select(l => new Scored(l.Label, understander.Recognize(l.Text))).ToList();

    public static Fit Best(IReadOnlyList<Scored> rows, RoutingOptions template)
    {
        Fit? best = null;
        foreach (var minimum in Minimums)
        {
            foreach (var confident in Confidents.Where(c => c >= minimum))
            {
                foreach (var margin in Margins)
                {
                    var fit = Evaluate(rows, template with { Minimum = minimum, Confident = confident, Margin = margin });
                    if (fit.Soft >= SoftGoal && (best is null || fit.InScope > best.InScope + 1e-9))
                    {
                        best = fit;
                    }
                }
            }
        }

        return best ?? Evaluate(rows, template);
    }

    public static Fit Evaluate(IReadOnlyList<Scored> rows, RoutingOptions options)
    {
        var policy = new UnderstandingPolicy(options);
        int inScope = 0, inRight = 0, soft = 0, softRight = 0;
        foreach (var row in rows)
        {
            var decision = policy.Decide(row.Ranked, CheckSignal.None);
            var opened = decision.Kind == DecisionKind.Route ? decision.Target!.FlowId : null;
            if (row.Label is "menu" or "help" or "out_of_scope")
            {
                soft++;
                softRight += opened is null or "help" ? 1 : 0;
            }
            else
            {
                inScope++;
                inRight += opened == row.Label ? 1 : 0;
            }
        }

        return new Fit(options.Minimum, options.Confident, options.Margin,
            inScope == 0 ? 1 : (double)inRight / inScope, soft == 0 ? 1 : (double)softRight / soft);
    }

    private static double[] Steps(double from, double to, double step) =>
        Enumerable.Range(0, (int)Math.Round((to - from) / step) + 1).Select(i => Math.Round(from + i * step, 2)).ToArray();
}
