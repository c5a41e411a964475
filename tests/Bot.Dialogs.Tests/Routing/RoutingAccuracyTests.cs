using Bot.Dialogs.Tests.Content;
using Xunit.Abstractions;

namespace Bot.Dialogs.Tests.Routing;

/// <summary>
/// Routes every labelled resident utterance in routing-eval.tsv through the real engine's router and
/// fails when accuracy drops below the bar. The report (with the confusion matrix) is printed; copy
/// it into docs/routing-accuracy.md when the content changes.
/// </summary>
public sealed class RoutingAccuracyTests(ITestOutputHelper output)
{
    private const double InScopeBar = 0.90;
    private const double OutOfScopeBar = 0.85;

    private static string EvalFile =>
        Path.Combine(RealContent.RepositoryRoot, "tests", "Bot.Dialogs.Tests", "Routing", "routing-eval.tsv");

    private static string HoldoutFile =>
        Path.Combine(RealContent.RepositoryRoot, "tests", "Bot.Dialogs.Tests", "Routing", "routing-holdout.tsv");

    [Fact]
    public void RoutingMeetsTheAccuracyBarOnRealResidentPhrasing()
    {
        var evaluation = RoutingEvaluation.Run(EvalFile, RealContent.Engine.Understander);
        var report = evaluation.Report();
        output.WriteLine(report);

        Assert.True(evaluation.TopOneInScope >= InScopeBar,
            $"in-scope top-1 accuracy {evaluation.TopOneInScope:P1} is below {InScopeBar:P0}: add examples to the flows\n{report}");
        Assert.True(evaluation.FallbackOutOfScope >= OutOfScopeBar,
            $"out-of-scope fallback {evaluation.FallbackOutOfScope:P1} is below {OutOfScopeBar:P0}: examples are too broad\n{report}");
    }

    /// <summary>
    /// The untuned second set: its numbers go into docs/routing-accuracy.md as the honest estimate.
    /// It is small, so it is reported rather than held to the bar; its labels are still checked.
    /// </summary>
    [Fact]
    public void TheUntunedHoldoutSetIsReportedWithValidLabels()
    {
        var holdout = RoutingEvaluation.Run(HoldoutFile, RealContent.Engine.Understander);
        output.WriteLine(holdout.Report());
        var flows = RealContent.Bundle.Flows.Keys.ToHashSet();

        Assert.True(holdout.Rows.Count >= 60, $"only {holdout.Rows.Count} utterances");
        Assert.All(holdout.InScope, r => Assert.Contains(r.Expected, flows));
        Assert.True(holdout.OutOfScopeRows.Count() >= 10, "at least 10 out-of-scope utterances");
    }

    [Fact]
    public void TheEvaluationSetIsLargeAndTypedTheWayResidentsType()
    {
        var evaluation = RoutingEvaluation.Run(EvalFile, RealContent.Engine.Understander);
        var flows = RealContent.Bundle.Flows.Values.Where(f => f.Routable).Select(f => f.Id).ToHashSet();

        Assert.True(evaluation.Rows.Count >= 200, $"only {evaluation.Rows.Count} utterances");
        Assert.True(evaluation.OutOfScopeRows.Count() >= 30, "at least 30 out-of-scope utterances");
        Assert.True(evaluation.Rows.Count(r => RoutingEvaluation.IsAscii(r.Text)) >= evaluation.Rows.Count * 0.4,
            "at least 40% typed without diacritics");
        Assert.All(evaluation.InScope, r => Assert.Contains(r.Expected, flows));
        Assert.All(flows, f => Assert.Contains(evaluation.InScope, r => r.Expected == f));
    }

    [Fact]
    public void EvaluationPhrasesAreHeldOutFromTheContentsOwnExamples()
    {
        var evaluation = RoutingEvaluation.Run(EvalFile, RealContent.Engine.Understander);
        var examples = RealContent.Bundle.Flows.Values
            .SelectMany(f => f.Examples.Concat(f.Nodes.SelectMany(n => n.Examples)))
            .Select(e => Bot.Dialogs.Text.VietnameseText.Fold(e))
            .ToHashSet(StringComparer.Ordinal);
        var copied = evaluation.Rows.Where(r => examples.Contains(Bot.Dialogs.Text.VietnameseText.Fold(r.Text))).Select(r => r.Text).ToList();

        // A few short phrases ("dk tam tru") are bound to coincide; a copied set would measure nothing.
        Assert.True(copied.Count <= evaluation.Rows.Count / 20, "copied from the examples: " + string.Join(", ", copied));
    }
}
