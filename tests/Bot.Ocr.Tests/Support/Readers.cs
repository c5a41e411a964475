using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;

namespace Bot.Ocr.Tests.Support;

/// <summary>Readers and the real scam check as the tests use them.</summary>
public static class Readers
{
    public static TesseractScreenshotReader Real(OcrOptions? options = null, RecordingLogger<TesseractScreenshotReader>? logger = null) =>
        new(options ?? new OcrOptions(), logger ?? new RecordingLogger<TesseractScreenshotReader>());

    public static FraudAnalyzer Analyzer()
    {
        var content = FraudContentLoader.Load(Path.Combine(RepositoryPaths.RealContent, "fraud"));
        return new FraudAnalyzer(content, new InMemoryFraudListStore(content));
    }
}
