namespace Bot.Fraud.Screenshots;

/// <summary>The default when no reader is wired in: residents who send a photo are asked to type the message.</summary>
public sealed class NoScreenshotReader : IScreenshotTextReader
{
    public Task<ScreenshotText> ReadAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken) =>
        Task.FromResult(ScreenshotText.Of(ScreenshotReadStatus.Unavailable));
}
