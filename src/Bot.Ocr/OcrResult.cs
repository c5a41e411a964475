namespace Bot.Ocr;

/// <summary>The outcome of reading one image. The text lives in memory only: never log or store it unmasked.</summary>
/// <param name="Status">What happened; decides the answer to the resident.</param>
/// <param name="Text">The message as read: status-bar noise dropped, wrapped lines, links and numbers joined; empty unless <see cref="OcrStatus.Read"/>.</param>
/// <param name="Elapsed">Time spent reading (not waiting for a reader).</param>
public sealed record OcrResult(OcrStatus Status, string Text, TimeSpan Elapsed)
{
    /// <summary>For operators' logs: why an image was rejected or failed (never the image's content).</summary>
    public string? Detail { get; init; }

    /// <summary>Tesseract's own lines before joining (tests and the evaluation compare the two).</summary>
    public string RawText { get; init; } = "";

    /// <summary>Peak resident memory of the tesseract process, when <see cref="OcrOptions.MeasureProcessUsage"/> is on.</summary>
    public long? PeakMemoryBytes { get; init; }

    /// <summary>CPU time of the tesseract process, when <see cref="OcrOptions.MeasureProcessUsage"/> is on (steadier than wall time on a busy machine).</summary>
    public TimeSpan? ProcessorTime { get; init; }

    public static OcrResult Of(OcrStatus status, string? detail = null) => new(status, "", TimeSpan.Zero) { Detail = detail };
}
