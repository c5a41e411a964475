using SkiaSharp;

namespace Bot.Ocr.Tests.Support;

/// <summary>Pictures for tests: re-encoding a screenshot as another format, plain pictures without text, forged headers.</summary>
public static class Images
{
    public static byte[] Reencode(byte[] image, SKEncodedImageFormat format, int quality = 85)
    {
        using var bitmap = SKBitmap.Decode(image) ?? throw new InvalidOperationException("not an image");
        using var data = bitmap.Encode(format, quality) ?? throw new InvalidOperationException($"SkiaSharp cannot encode {format}");
        return data.ToArray();
    }

    /// <summary>A photo-like picture with no writing: soft colour gradients, as when a resident photographs a wall.</summary>
    public static byte[] WithoutText(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(0x8d, 0xb5, 0x7a), new SKColor(0x5a, 0x7d, 0xb0), new SKColor(0xd8, 0xc0, 0x9a)], SKShaderTileMode.Clamp),
        };
        surface.Canvas.DrawRect(0, 0, width, height, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A tiny PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels (a decompression bomb's shape).</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = WithoutText(8, 8);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        return png;
    }
}
