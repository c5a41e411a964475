namespace Bot.Fraud.Screenshots;

/// <summary>
/// Reads the text of a screenshot (the scam check's port; the host adapts the OCR feature to it).
/// Never throws for a bad image or a busy reader: the status says what happened.
/// </summary>
public interface IScreenshotTextReader
{
    Task<ScreenshotText> ReadAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken);
}
