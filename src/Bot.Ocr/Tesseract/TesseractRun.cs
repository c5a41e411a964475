namespace Bot.Ocr.Tesseract;

/// <summary>The result of one tesseract process.</summary>
internal sealed record TesseractRun(OcrStatus Status, string Tsv, TimeSpan Elapsed, ProcessUsage? Usage, string? Detail);
