using System.Buffers.Binary;

namespace Bot.Ocr;

/// <summary>
/// Reads an image's width and height from its header, without decoding it, so a small file that
/// claims an enormous picture (a "decompression bomb") is refused before any pixel is allocated.
/// </summary>
public readonly record struct ImageSize(int Width, int Height)
{
    public long Pixels => (long)Width * Height;

    /// <summary>The size, or null when the header is damaged or cut short.</summary>
    public static ImageSize? Read(ReadOnlySpan<byte> bytes, ImageFormat format) => format switch
    {
        ImageFormat.Png => ReadPng(bytes),
        ImageFormat.Jpeg => ReadJpeg(bytes),
        _ => ReadWebP(bytes),
    };

    private static ImageSize? ReadPng(ReadOnlySpan<byte> b)
    {
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
        if (b.Length < 24 || !b[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return Valid(BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]));
    }

    private static ImageSize? ReadJpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (length < 2)
            {
                return null;
            }

            // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic tables) do not.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > b.Length)
                {
                    return null;
                }

                return Valid(BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageSize? ReadWebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30)
        {
            return null;
        }

        var chunk = b[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Valid(1 + (b[24] | (b[25] << 8) | (b[26] << 16)), 1 + (b[27] | (b[28] << 8) | (b[29] << 16)));
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (b[20] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return Valid((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
            if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A)
            {
                return null;
            }

            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        }

        return null;
    }

    private static ImageSize? Valid(int width, int height) =>
        width > 0 && height > 0 ? new ImageSize(width, height) : null;
}
