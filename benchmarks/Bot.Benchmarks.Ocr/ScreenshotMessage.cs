namespace Bot.Benchmarks.Ocr;

/// <summary>One message of an evaluation set: its label, the app and sender shown, and its lines.</summary>
public sealed record ScreenshotMessage(bool IsScam, string App, string Sender, IReadOnlyList<string> Lines)
{
    /// <summary>The message as one text (lines joined by spaces), what the scam check would see if typed.</summary>
    public string Text => string.Join(' ', Lines);
}
