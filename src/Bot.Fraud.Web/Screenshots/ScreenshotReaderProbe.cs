using Bot.Ocr;
using Microsoft.Extensions.Hosting;

namespace Bot.Fraud.Web.Screenshots;

/// <summary>Looks for tesseract once at start-up, in the background, so the log says at once whether photos can be read.</summary>
public sealed class ScreenshotReaderProbe(IScreenshotReader reader) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => reader.IsAvailableAsync(stoppingToken);
}
