namespace Bot.Ocr;

/// <summary>
/// Tells the format of an image from its first bytes ("magic numbers"), never from a file name or a
/// declared content type, which the sender controls.
/// </summary>
public static class ImageFormatSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format, or null when the bytes are not a JPEG, PNG or WebP image.</summary>
    public static ImageFormat? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (bytes.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        // RIFF <4-byte size> WEBP
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return null;
    }

    /// <summary>The MIME type residents' clients send for <paramref name="format"/>.</summary>
    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };
}
