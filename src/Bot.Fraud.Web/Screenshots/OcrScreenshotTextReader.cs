using Bot.Fraud.Screenshots;
using Bot.Ocr;

namespace Bot.Fraud.Web.Screenshots;

/// <summary>Adapts the OCR library's reader to the scam check's port: every failure of the image becomes "unreadable".</summary>
public sealed class OcrScreenshotTextReader(IScreenshotReader reader) : IScreenshotTextReader
{
    public async Task<ScreenshotText> ReadAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(image, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            OcrStatus.Read => new ScreenshotText(ScreenshotReadStatus.Read, result.Text),
            OcrStatus.Busy => ScreenshotText.Of(ScreenshotReadStatus.Busy),
            OcrStatus.Unavailable => ScreenshotText.Of(ScreenshotReadStatus.Unavailable),
            _ => ScreenshotText.Of(ScreenshotReadStatus.Unreadable), // no text, rejected, timed out, failed
        };
    }
}
