using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Bot.Ocr;

/// <summary>
/// Light clean-up before tesseract, each step kept because it measurably helps on rendered phone
/// screenshots (docs/benchmarks.md, "Screenshot reading"): decode in memory, to grayscale, enlarge
/// screenshots whose letters are small (compressed by the messenger or taken on a small phone). For a
/// second try on a picture where nothing was read (a photo of a screen in uneven light): dark themes
/// made light, then black and white by neighbourhood. The result is an uncompressed grayscale PGM
/// handed to tesseract through its standard input, never a file.
/// </summary>
public sealed class ScreenshotPreprocessor(OcrOptions options)
{
    /// <summary>
    /// Grayscale PGM bytes ready for tesseract, or null when the image cannot be decoded. With
    /// <paramref name="localThreshold"/> (the second try, for photos of a screen) dark themes are made light and the
    /// picture black and white by each pixel's neighbourhood.
    /// </summary>
    public byte[]? Prepare(ReadOnlySpan<byte> image, bool localThreshold = false)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > options.MaxImagePixels)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var scale = Scale(info.Width);
        using var sized = scale > 1 ? Resize(decoded, scale) : null;
        var source = sized ?? decoded;
        var gray = Luminance(source);
        if ((options.InvertDarkScreens || localThreshold) && IsMostlyDark(gray))
        {
            for (var i = 0; i < gray.Length; i++)
            {
                gray[i] = (byte)(255 - gray[i]);
            }
        }

        if (localThreshold)
        {
            gray = LocalThreshold(gray, source.Width, source.Height);
        }

        return Pgm(gray, source.Width, source.Height);
    }

    /// <summary>
    /// Black where a pixel is clearly darker than its neighbourhood, white elsewhere (mean minus a small offset over a
    /// window about two lines of text tall). Unlike tesseract's single threshold for the whole picture, this keeps the
    /// letters of a grey bubble in a photo with uneven light, which tesseract otherwise takes for a picture and skips.
    /// </summary>
    internal static byte[] LocalThreshold(byte[] gray, int width, int height)
    {
        var radius = Math.Max(8, width / 40);
        const int Offset = 12;
        var integral = new long[(width + 1) * (height + 1)];
        for (var y = 0; y < height; y++)
        {
            long row = 0;
            for (var x = 0; x < width; x++)
            {
                row += gray[(y * width) + x];
                integral[((y + 1) * (width + 1)) + x + 1] = integral[(y * (width + 1)) + x + 1] + row;
            }
        }

        var result = new byte[gray.Length];
        for (var y = 0; y < height; y++)
        {
            int y0 = Math.Max(0, y - radius), y1 = Math.Min(height, y + radius + 1);
            for (var x = 0; x < width; x++)
            {
                int x0 = Math.Max(0, x - radius), x1 = Math.Min(width, x + radius + 1);
                var sum = integral[(y1 * (width + 1)) + x1] - integral[(y0 * (width + 1)) + x1] - integral[(y1 * (width + 1)) + x0] + integral[(y0 * (width + 1)) + x0];
                var mean = sum / ((y1 - y0) * (x1 - x0));
                result[(y * width) + x] = gray[(y * width) + x] < mean - Offset ? (byte)0 : (byte)255;
            }
        }

        return result;
    }

    /// <summary>How much to enlarge: screenshots narrower than the target width grow to it (at most 3×).</summary>
    internal double Scale(int width) =>
        options.UpscaleBelowWidth > 0 && width < options.UpscaleBelowWidth
            ? Math.Min(3.0, (double)options.UpscaleBelowWidth / width)
            : 1.0;

    private static SKBitmap Resize(SKBitmap bitmap, double scale)
    {
        var info = new SKImageInfo((int)Math.Round(bitmap.Width * scale), (int)Math.Round(bitmap.Height * scale), SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return bitmap.Resize(info, new SKSamplingOptions(SKCubicResampler.CatmullRom))
            ?? throw new InvalidOperationException("SkiaSharp could not resize the screenshot");
    }

    private static byte[] Luminance(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var gray = new byte[bitmap.Width * bitmap.Height];
        for (int i = 0, p = 0; i < gray.Length; i++, p += 4)
        {
            // Rec. 601 luma in integers; a transparent pixel counts as white (the page behind a PNG).
            var alpha = pixels[p + 3];
            var luma = ((77 * pixels[p]) + (150 * pixels[p + 1]) + (29 * pixels[p + 2])) >> 8;
            gray[i] = (byte)(((luma * alpha) + (255 * (255 - alpha))) / 255);
        }

        return gray;
    }

    /// <summary>True when most of the screen is dark: a dark theme, whose light letters should become dark.</summary>
    private static bool IsMostlyDark(byte[] gray)
    {
        long dark = 0;
        for (var i = 0; i < gray.Length; i += 7)
        {
            if (gray[i] < 100)
            {
                dark++;
            }
        }

        return dark * 7 > gray.Length / 2;
    }

    private static byte[] Pgm(byte[] gray, int width, int height)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{width} {height}\n255\n"));
        var pgm = new byte[header.Length + gray.Length];
        header.CopyTo(pgm, 0);
        gray.CopyTo(pgm, header.Length);
        return pgm;
    }
}
