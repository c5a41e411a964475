using System.Globalization;
using System.Text;

namespace Bot.Dialogs.Text;

/// <summary>Folds Vietnamese text to a plain form so typing with or without diacritics matches.</summary>
/// <remarks>
/// "Đăng ký TẠM TRÚ!" and "dang ky tam tru" fold to the same "dang ky tam tru": lower case, no
/// tone or vowel marks, đ → d, every run of punctuation, symbols or spaces → one space.
/// A table built once from Unicode decomposition keeps this allocation-light on the hot path.
/// </remarks>
public static class VietnameseText
{
    private static readonly char[] Map = BuildMap();

    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = Fold(text, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Folds into <paramref name="destination"/> (at least as long as the input); returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = c < Map.Length ? Map[c] : FoldRare(c);
            if (folded == '\0')
            {
                // A combining mark typed separately (text in NFD): it belongs to the letter before.
                continue;
            }

            if (folded == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }

            destination[n++] = folded;
        }

        return n;
    }

    /// <summary>True when the text is in Unicode normalization form C (how content must be saved).</summary>
    public static bool IsNfc(string text) => text.IsNormalized(NormalizationForm.FormC);

    private static char FoldRare(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? '\0'
        : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';

    private static char[] BuildMap()
    {
        // Latin-1, Latin Extended-A/B and Latin Extended Additional (where Vietnamese lives).
        var map = new char[0x1F00];
        for (var i = 0; i < map.Length; i++)
        {
            var c = (char)i;
            map[i] = FoldOne(c);
        }

        return map;
    }

    private static char FoldOne(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return '\0';
        }

        if (char.IsSurrogate(c) || !char.IsLetterOrDigit(c))
        {
            return ' ';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d);
            }
        }

        return char.ToLowerInvariant(c);
    }
}
