namespace Bot.Ocr;

/// <summary>Reads the text of a screenshot or a photo of a screen. Thread-safe.</summary>
public interface IScreenshotReader
{
    /// <summary>False when tesseract or its language data is missing, or reading is turned off (checked once).</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads <paramref name="image"/> (JPEG, PNG or WebP bytes). Never throws for bad input, a busy
    /// pool or a tesseract failure: the status says what happened. Cancelling throws as usual.
    /// </summary>
    Task<OcrResult> ReadAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken = default);
}
