namespace Bot.Benchmarks.Ocr;

/// <summary>One rendered screenshot of the set: the message, how it was drawn, the image, and the text a person reads on it.</summary>
public sealed record ScreenshotCase(int Index, ScreenshotMessage Message, ScreenshotVariant Variant, byte[] Image, string Reference);
