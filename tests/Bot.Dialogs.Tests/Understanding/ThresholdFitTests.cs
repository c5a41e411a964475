using System.Globalization;
using Bot.Dialogs.Tests.Content;
using Xunit.Abstractions;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>
/// The routing thresholds in content/bot.yaml are fitted on the development set, not set by hand:
/// this prints the fit (with a 5-fold cross-validated estimate of how well fitted thresholds carry
/// over to messages they were not fitted on) and fails when the content's values fall behind it.
/// </summary>
public sealed class ThresholdFitTests(ITestOutputHelper output)
{
    private const int Folds = 5;

    private static IEnumerable<(string Label, string Text)> DevelopmentSet() =>
        File.ReadLines(Path.Combine(RealContent.RepositoryRoot, "eval", "understanding", "dev.tsv"))
            .Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .Select(l => (l[..l.IndexOf('\t')], l[(l.IndexOf('\t') + 1)..]));

    [Fact]
    public void TheContentsThresholdsAreTheOnesFittedOnTheDevelopmentSet()
    {
        var understander = RealContent.Engine.Understander;
        var rows = ThresholdFit.Score(understander, DevelopmentSet());
        var options = RealContent.Bundle.Routing;

        // Cross-validation: fit on four fifths, measure on the fifth left out (a stable, interleaved split).
        var held = new List<ThresholdFit.Fit>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = rows.Where((_, i) => i % Folds != fold).ToList();
            var test = rows.Where((_, i) => i % Folds == fold).ToList();
            var fitted = ThresholdFit.Best(train, options);
            var measured = ThresholdFit.Evaluate(test, options with { Minimum = fitted.Minimum, Confident = fitted.Confident, Margin = fitted.Margin });
            held.Add(measured);
            output.WriteLine(Line($"fold {fold + 1}: fitted", fitted) + "  → on the left-out fifth: " +
                             $"in scope {measured.InScope:P1}, out of scope {measured.Soft:P1}");
        }

        var best = ThresholdFit.Best(rows, options);
        var current = ThresholdFit.Evaluate(rows, options);
        output.WriteLine($"cross-validated: in scope {held.Average(h => h.InScope):P1}, out of scope {held.Average(h => h.Soft):P1}");
        output.WriteLine(Line("fitted on the whole set (write these into content/bot.yaml routing:)", best));
        output.WriteLine(Line("content/bot.yaml now", current));

        Assert.True(current.Soft >= ThresholdFit.SoftGoal - 0.005,
            $"content's thresholds keep only {current.Soft:P1} of out-of-scope messages out: use the fitted values\n{Line("fitted", best)}");
        Assert.True(current.InScope >= best.InScope - 0.01,
            $"content's thresholds open {current.InScope:P1} in scope, the fit {best.InScope:P1}: refit and copy the values\n{Line("fitted", best)}");
    }

    private static string Line(string title, ThresholdFit.Fit fit) => string.Create(CultureInfo.InvariantCulture,
        $"{title}: minimum {fit.Minimum:0.00}, confident {fit.Confident:0.00}, margin {fit.Margin:0.00} → in scope {fit.InScope:P1}, out of scope {fit.Soft:P1}");
}
