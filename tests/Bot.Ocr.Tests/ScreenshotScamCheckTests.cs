using Bot.Benchmarks.Ocr;
using Bot.Fraud.Analysis;
using Bot.Ocr.Tests.Support;

namespace Bot.Ocr.Tests;

/// <summary>
/// A sample of the scam development set (tuning allowed; the frozen screenshot set is measured by
/// benchmarks/Bot.Benchmarks.Ocr, never by tuning) drawn in every kind of screenshot, read and judged by the
/// real scam check: a resident who sends a screenshot gets the verdict they would get by typing the message.
/// </summary>
public class ScreenshotScamCheckTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _chromium;

    public ScreenshotScamCheckTests(ChromiumFixture chromium) => _chromium = chromium;

    [Fact]
    public async Task ScreenshotsGetTheVerdictOfTheTypedMessage()
    {
        var all = EvaluationSets.LoadDevelopment(Path.Combine(RepositoryPaths.Root, "eval", "scams", "dev-2026.tsv"));
        var sample = all.Where((_, i) => i % 23 == 5).ToList(); // spread over every kind of scam and legitimate message
        var cases = await OcrEvaluation.RenderAsync(_chromium.Renderer, sample, 1);
        using var reader = Readers.Real();

        var outcomes = await OcrEvaluation.RunAsync(reader, Readers.Analyzer(), cases);

        var report = string.Join('\n', outcomes.Select(o => $"{o.Case.Variant}: typed {o.TypedRisk}, read {o.ReadRisk}, accuracy {o.Accuracy:P0}: {o.Ocr.Text}"));
        Assert.True(outcomes.Count >= 10, report);
        Assert.All(outcomes, o => Assert.Equal(OcrStatus.Read, o.Ocr.Status));
        var scamsTyped = outcomes.Count(o => o.Case.Message.IsScam && o.TypedRisk >= RiskLevel.Medium);
        var scamsRead = outcomes.Count(o => o.Case.Message.IsScam && o.ReadRisk >= RiskLevel.Medium);
        Assert.True(scamsRead >= scamsTyped - 1, $"scams flagged: {scamsRead} from screenshots, {scamsTyped} typed\n{report}");
        Assert.DoesNotContain(outcomes, o => !o.Case.Message.IsScam && o.ReadRisk == RiskLevel.High && o.TypedRisk != RiskLevel.High);
        Assert.True(outcomes.Average(o => o.Accuracy) >= 0.85, report);
    }
}
