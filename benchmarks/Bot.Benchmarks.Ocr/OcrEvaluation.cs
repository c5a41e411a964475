using Bot.Fraud.Analysis;
using Bot.Ocr;

namespace Bot.Benchmarks.Ocr;

/// <summary>
/// The measurement: screenshots → the production reader (checks, pool, pre-processing, tesseract,
/// joiner) → the real scam check, compared with the scam check on the typed text.
/// </summary>
public static class OcrEvaluation
{
    /// <summary>Renders every message <paramref name="variantsPerMessage"/> times in cycling variants.</summary>
    public static async Task<List<ScreenshotCase>> RenderAsync(ScreenshotRenderer renderer, IReadOnlyList<ScreenshotMessage> messages, int variantsPerMessage)
    {
        var cases = new List<ScreenshotCase>();
        for (var m = 0; m < messages.Count; m++)
        {
            for (var v = 0; v < variantsPerMessage; v++)
            {
                var index = (m * variantsPerMessage) + v;
                var variant = ScreenshotVariant.For(messages[m].App, index);
                var image = await renderer.RenderAsync(messages[m], variant, index);
                cases.Add(new ScreenshotCase(index, messages[m], variant, image, ScreenshotRenderer.Reference(messages[m], variant, index)));
            }
        }

        return cases;
    }

    /// <summary>Reads and judges each case, one at a time (times are per image, not under contention).</summary>
    public static async Task<List<CaseOutcome>> RunAsync(IScreenshotReader reader, FraudAnalyzer analyzer, IEnumerable<ScreenshotCase> cases)
    {
        var outcomes = new List<CaseOutcome>();
        foreach (var c in cases)
        {
            var ocr = await reader.ReadAsync(c.Image);
            var readRisk = ocr.Status == OcrStatus.Read ? analyzer.Analyze(ocr.Text).Risk : RiskLevel.Low;
            var typedRisk = analyzer.Analyze(c.Message.Text).Risk;
            outcomes.Add(new CaseOutcome(c, ocr, readRisk, typedRisk, CharacterAccuracy.Of(c.Reference, ocr.Text)));
        }

        return outcomes;
    }
}
