namespace Bot.Ocr;

/// <summary>The picture formats the bot reads: what phones save screenshots and photos as.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
}
