using System.Globalization;
using Bot.Dialogs.Text;

namespace Bot.Fraud.Analysis;

/// <summary>A message as words: each folded (no marks, lower case), with its original spelling, its marks, its clause and its sentence.</summary>
/// <remarks>
/// Phrases match the folded words, so typing without diacritics matches too; the marks a resident
/// did type settle words that fold alike ("nhận"/"nhắn", see <see cref="VietnameseMarks"/>). Negators
/// need the original: folded, "đừng" (don't) and "dùng" (use, as in "ứng dụng") are both "dung".
/// Negation only reaches within a sentence part ("Đừng nói với ai, hãy chuyển tiền" must still count
/// the transfer), so clauses are cut at line breaks, ; ! ? and at . , : when a space follows (so
/// "2.000.000" and "abc.com" stay whole). Sentences are cut at line breaks and at . ! ? (a " / "
/// stands for a line break in pasted text).
/// </remarks>
internal sealed class TokenizedText
{
    private readonly string _text;
    private readonly char[] _buffer;
    private readonly Entry[] _tokens;

    // Read lazily, the first time a phrase asks about a word with marks: most words never reach the trie.
    private char[]? _shapes;
    private byte[]? _marks; // per token: 0 not read yet, 1 unreadable, 2 + tone read

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

    public int Sentence(int index) => _tokens[index].Sentence;

    /// <summary>
    /// True when the word at <paramref name="index"/> can be a pattern word with these marks: always
    /// for words typed without marks, otherwise when the typed marks agree (<see cref="VietnameseMarks.Compatible"/>).
    /// </summary>
    public bool Accepts(int index, string patternShape, byte patternTone)
    {
        var entry = _tokens[index];
        if (entry.Plain)
        {
            // In a sentence typed with marks, a word without any really has none ("bao" in "thuê bao" is not "báo").
            return !entry.StrictMarks || (patternTone == VietnameseMarks.NoTone && Token(index).SequenceEqual(patternShape));
        }

        if (entry.Length != entry.OriginalLength)
        {
            return true; // marks typed apart from their letters: judged on the folded word alone
        }

        _marks ??= new byte[Count];
        if (_marks[index] == 0)
        {
            _shapes ??= new char[_buffer.Length];
            _marks[index] = VietnameseMarks.TryRead(Original(index), _shapes.AsSpan(entry.Start, entry.Length), out var tone) ? (byte)(2 + tone) : (byte)1;
        }

        return _marks[index] == 1
               || VietnameseMarks.Compatible(Token(index), _shapes.AsSpan(entry.Start, entry.Length), (byte)(_marks[index] - 2), patternShape, patternTone);
    }

    public bool HasDigit(int index) => Token(index).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// How many words an amount of money starting at <paramref name="index"/> takes ("500k": 1;
    /// "800.000đ": 2, read as "800" "000d"; "2 triệu": 2), or 0 when none starts there. Dates, times
    /// and phone numbers are not amounts: no currency follows them.
    /// </summary>
    public int MoneyLength(int index)
    {
        for (var j = index; j < Count; j++)
        {
            var token = Token(j);
            var digits = token.IndexOfAnyExceptInRange('0', '9');
            if (digits == 0 || (j > index && (digits is > 0 and not 3 || (digits < 0 && token.Length != 3))))
            {
                return 0; // not a number, or not a thousands group ("000") after the first
            }

            if (digits > 0)
            {
                return IsCurrency(token[digits..], suffix: true) ? j - index + 1 : 0;
            }

            if (j + 1 < Count && IsCurrency(Token(j + 1), suffix: false))
            {
                return j - index + 2;
            }
        }

        return 0;
    }

    private static bool IsCurrency(ReadOnlySpan<char> word, bool suffix)
    {
        // Folded: "đ" is "d", "triệu" is "trieu". As a suffix only the start counts ("1tr2", "9000d").
        ReadOnlySpan<string> units = ["d", "dong", "k", "tr", "trieu", "ty", "nghin", "ngan", "vnd", "usd"];
        foreach (var unit in units)
        {
            if (suffix ? word.StartsWith(unit, StringComparison.Ordinal) : word.SequenceEqual(unit))
            {
                return true;
            }
        }

        return false;
    }

    public static TokenizedText Create(string text)
    {
        var buffer = new char[text.Length];
        var anyMarks = false;
        var tokens = new Entry[text.Length / 2 + 1];
        var count = 0;
        var written = 0;
        var clause = 0;
        var sentence = 0;
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
                    var plain = System.Text.Ascii.IsValid(word);
                    anyMarks |= !plain;
                    tokens[count++] = new Entry(written, length, wordStart, word.Length, clause, sentence, plain);
                    written += length;
                }

                wordStart = -1;
            }

            if (i < text.Length && IsClauseEnd(text, i))
            {
                clause++;
                if (IsSentenceEnd(text, i))
                {
                    sentence++;
                }
            }
        }

        if (anyMarks)
        {
            MarkSentencesTypedWithDiacritics(tokens, count);
        }

        return new TokenizedText(text, buffer, tokens, count);
    }

    /// <summary>
    /// Flags the words of every sentence in which most words carry marks: there a word typed without
    /// any is meant that way. A plain SMS pasted into a question typed with marks keeps its own sentences.
    /// </summary>
    private static void MarkSentencesTypedWithDiacritics(Entry[] tokens, int count)
    {
        for (var first = 0; first < count;)
        {
            var sentence = tokens[first].Sentence;
            var end = first;
            var marked = 0;
            var plain = 0;
            for (; end < count && tokens[end].Sentence == sentence; end++)
            {
                if (!tokens[end].Plain)
                {
                    marked++;
                }
                else
                {
                    plain++;
                }
            }

            // At least two words with marks, and marks on at least 40 % of the words.
            if (marked >= 2 && marked * 5 >= (marked + plain) * 2)
            {
                for (var i = first; i < end; i++)
                {
                    tokens[i] = tokens[i] with { StrictMarks = true };
                }
            }

            first = end;
        }
    }

    private static bool IsWordChar(char c) =>
        c < 0x80
            ? char.IsAsciiLetterOrDigit(c) // most characters of a message: skip the Unicode tables
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsClauseEnd(string text, int i) => text[i] switch
    {
        '\n' or '\r' or ';' or '!' or '?' => true,
        '.' or ',' or ':' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        '/' => IsPastedLineBreak(text, i),
        _ => false,
    };

    private static bool IsSentenceEnd(string text, int i) => text[i] is '\n' or '\r' or '!' or '?' or '.' or '/';

    // " / " is how a line break survives when a message is pasted into one line.
    private static bool IsPastedLineBreak(string text, int i) =>
        i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ';

    private readonly record struct Entry(
        int Start, int Length, int OriginalStart, int OriginalLength, int Clause, int Sentence, bool Plain)
    {
        /// <summary>True when the word's sentence is typed with diacritics, so a word without marks is meant without them.</summary>
        public bool StrictMarks { get; init; }
    }
}
