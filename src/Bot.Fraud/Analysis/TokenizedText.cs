using Bot.Dialogs.Text;

namespace Bot.Fraud.Analysis;

/// <summary>A message folded to plain words, each tagged with the sentence part (clause) it belongs to.</summary>
/// <remarks>
/// Folding removes punctuation, but negation only reaches within a sentence part ("Đừng nói với ai,
/// hãy chuyển tiền" must still count the transfer), so clauses are cut before folding: at line
/// breaks, ; ! ? and at . , : when a space follows (so "2.000.000" and "abc.com" stay whole).
/// </remarks>
internal sealed class TokenizedText
{
    private readonly char[] _buffer;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly int[] _clauses;

    private TokenizedText(char[] buffer, int[] starts, int[] lengths, int[] clauses, int count)
    {
        _buffer = buffer;
        _starts = starts;
        _lengths = lengths;
        _clauses = clauses;
        Count = count;
    }

    public int Count { get; }

    public ReadOnlySpan<char> Token(int index) => _buffer.AsSpan(_starts[index], _lengths[index]);

    public int Clause(int index) => _clauses[index];

    public bool HasDigit(int index) => Token(index).IndexOfAnyInRange('0', '9') >= 0;

    public static TokenizedText Create(string text)
    {
        var buffer = new char[text.Length + 1];
        var maxTokens = text.Length / 2 + 2;
        var starts = new int[maxTokens];
        var lengths = new int[maxTokens];
        var clauses = new int[maxTokens];
        var count = 0;
        var written = 0;
        var clause = 0;
        var clauseStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsClauseEnd(text, i))
            {
                continue;
            }

            if (i > clauseStart)
            {
                var length = VietnameseText.Fold(text.AsSpan(clauseStart, i - clauseStart), buffer.AsSpan(written));
                var tokenStart = written;
                for (var j = written; j <= written + length; j++)
                {
                    if (j == written + length || buffer[j] == ' ')
                    {
                        if (j > tokenStart && count < maxTokens)
                        {
                            starts[count] = tokenStart;
                            lengths[count] = j - tokenStart;
                            clauses[count] = clause;
                            count++;
                        }

                        tokenStart = j + 1;
                    }
                }

                written += length;
                clause++;
            }

            clauseStart = i + 1;
        }

        return new TokenizedText(buffer, starts, lengths, clauses, count);
    }

    private static bool IsClauseEnd(string text, int i) => text[i] switch
    {
        '\n' or '\r' or ';' or '!' or '?' => true,
        '.' or ',' or ':' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };
}
