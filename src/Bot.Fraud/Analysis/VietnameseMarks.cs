using System.Globalization;
using System.Text;

namespace Bot.Fraud.Analysis;

/// <summary>
/// The marks of a Vietnamese word, split the way a reader hears them: the vowel shapes (ă â ê ô ơ ư đ)
/// and the one tone (huyền, sắc, ngã, hỏi, nặng).
/// </summary>
/// <remarks>
/// Folding throws marks away, so "nhận" (receive) and "nhắn" (send a message), "quà" (gift) and
/// "qua" (via), "điện" (power) and "điền" (fill in) all read the same. When a resident typed the
/// marks, they settle which word was meant. Comparing shapes and tone apart also lets "khoá" and
/// "khóa" (the tone written on another letter) count as the same word. A table built once from
/// Unicode decomposition keeps this cheap.
/// </remarks>
internal static class VietnameseMarks
{
    public const byte NoTone = 0;

    // Latin-1 to Latin Extended Additional: every letter Vietnamese uses.
    private const int TableSize = 0x1F00;

    private static readonly (char Shape, byte Tone)[] Table = Build();

    /// <summary>
    /// Writes the lower-case letters of <paramref name="word"/> with their vowel shapes but no tone
    /// into <paramref name="shape"/> (as long as the word) and returns the tone; false when the word
    /// has a character this cannot place (then it is matched on its folded form alone).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> word, Span<char> shape, out byte tone)
    {
        tone = NoTone;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
            {
                shape[i] = char.ToLowerInvariant(c);
                continue;
            }

            if (c >= TableSize || Table[c].Shape == '\0')
            {
                return false;
            }

            var (letter, mark) = Table[c];
            shape[i] = letter;
            if (mark != NoTone)
            {
                tone = mark;
            }
        }

        return true;
    }

    /// <summary>The shape and tone of a word as an editor wrote it in a phrase; null when it cannot be read.</summary>
    public static (string Shape, byte Tone)? Read(string word)
    {
        var shape = new char[word.Length];
        return TryRead(word, shape, out var tone) ? (new string(shape), tone) : null;
    }

    /// <summary>
    /// True when a word typed with <paramref name="shape"/> and <paramref name="tone"/> can be the
    /// pattern word: every mark the resident typed agrees with the pattern, and marks left out are
    /// forgiven ("nhan", "nhân" and "nhận" can all be "nhận"; "nhắn" cannot).
    /// </summary>
    public static bool Compatible(ReadOnlySpan<char> folded, ReadOnlySpan<char> shape, byte tone, string patternShape, byte patternTone)
    {
        if (tone != NoTone && tone != patternTone)
        {
            return false;
        }

        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] != folded[i] && shape[i] != patternShape[i])
            {
                return false;
            }
        }

        return true;
    }

    private static (char, byte)[] Build()
    {
        var table = new (char, byte)[TableSize];
        for (var c = 0x80; c < TableSize; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch))
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            byte tone = NoTone;
            var kept = new StringBuilder(decomposed.Length);
            foreach (var part in decomposed)
            {
                var mark = part switch
                {
                    '\u0300' => (byte)1, // huyền
                    '\u0301' => (byte)2, // sắc
                    '\u0303' => (byte)3, // ngã
                    '\u0309' => (byte)4, // hỏi
                    '\u0323' => (byte)5, // nặng
                    _ => NoTone,
                };
                if (mark != NoTone)
                {
                    tone = mark;
                }
                else
                {
                    kept.Append(part);
                }
            }

            var shape = kept.ToString().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
            if (shape.Length == 1)
            {
                table[c] = (shape[0], tone);
            }
        }

        return table;
    }
}
