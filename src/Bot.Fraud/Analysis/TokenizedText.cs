using System.Globalization;
using Bot.Dialogs.Text;

namespace Bot.Fraud.Analysis;

/// <summary>A message as words: each folded (no marks, lower case), with its original spelling and its clause.</summary>
/// <remarks>
/// Phrases match the folded words, so typing without diacritics matches too. Negators need the
/// original: folded, "đừng" (don't) and "dùng" (use, as in "ứng dụng") are both "dung".
/// Negation only reaches within a sentence part ("Đừng nói với ai, hãy chuyển tiền" must still count
/// the transfer), so clauses are cut at line breaks, ; ! ? and at . , : when a space follows (so
/// "2.000.000" and "abc.com" stay whole).
/// </remarks>
internal sealed class TokenizedText
{
    private readonly string _text;
    private readonly char[] _buffer;
    private readonly Entry[] _tokens;

    private TokenizedText(string text, char[] buffer, Entry[] tokens, int count)
    {
        _text = text;
        _buffer = buffer;
        _tokens = tokens;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The folded word.</summary>
    public ReadOnlySpan<char> Token(int index) => _buffer.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>The word as typed.</summary>
    public ReadOnlySpan<char> Original(int index) => _text.AsSpan(_tokens[index].OriginalStart, _tokens[index].OriginalLength);

    /// <summary>True when the word was typed without any diacritics.</summary>
    public bool IsPlain(int index) => _tokens[index].Plain;

    public int Clause(int index) => _tokens[index].Clause;

    public bool HasDigit(int index) => Token(index).IndexOfAnyInRange('0', '9') >= 0;

    public static TokenizedText Create(string text)
    {
        var buffer = new char[text.Length];
        var tokens = new Entry[text.Length / 2 + 1];
        var count = 0;
        var written = 0;
        var clause = 0;
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            if (wordStart >= 0)
            {
                var word = text.AsSpan(wordStart, i - wordStart);
                var length = VietnameseText.Fold(word, buffer.AsSpan(written));
                if (length > 0 && count < tokens.Length)
                {
                    tokens[count++] = new Entry(written, length, wordStart, word.Length, clause, System.Text.Ascii.IsValid(word));
                    written += length;
                }

                wordStart = -1;
            }

            if (i < text.Length && IsClauseEnd(text, i))
            {
                clause++;
            }
        }

        return new TokenizedText(text, buffer, tokens, count);
    }

    private static bool IsWordChar(char c) =>
        c < 0x80
            ? char.IsAsciiLetterOrDigit(c) // most characters of a message: skip the Unicode tables
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsClauseEnd(string text, int i) => text[i] switch
    {
        '\n' or '\r' or ';' or '!' or '?' => true,
        '.' or ',' or ':' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private readonly record struct Entry(int Start, int Length, int OriginalStart, int OriginalLength, int Clause, bool Plain);
}
