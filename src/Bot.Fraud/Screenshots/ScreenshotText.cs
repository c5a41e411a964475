namespace Bot.Fraud.Screenshots;

/// <summary>The text read from a photo. In memory only: never log or store it unmasked.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Text">The message as read (lines joined); empty unless <see cref="ScreenshotReadStatus.Read"/>.</param>
public sealed record ScreenshotText(ScreenshotReadStatus Status, string Text)
{
    public static ScreenshotText Of(ScreenshotReadStatus status) => new(status, "");
}
