using Bot.Fraud.Analysis;
using Bot.Ocr;

namespace Bot.Benchmarks.Ocr;

/// <summary>What the pipeline made of one screenshot, next to what the scam check says on the typed text.</summary>
public sealed record CaseOutcome(ScreenshotCase Case, OcrResult Ocr, RiskLevel ReadRisk, RiskLevel TypedRisk, double Accuracy);
