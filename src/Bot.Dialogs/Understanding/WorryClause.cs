using System.Text;
using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The clauses of a message that say what the resident fears or suspects ("sợ người ta dùng giả mạo", "lo bị lừa",
/// "nghi là lừa đảo"), and the message without them: "Hộ chiếu bị mất, sợ người ta dùng giả mạo, báo mất ở đâu?"
/// without its fear is "Hộ chiếu bị mất, báo mất ở đâu?".
/// </summary>
/// <remarks>
/// Clauses end at ", . ; ? !" or a line break. With diacritics a fear is told by "sợ", "lo", "nghi", "ngại", "e ngại";
/// without them "so" is also "số", so there it counts only before what is feared ("so bi", "so lo", "so nguoi ta").
/// </remarks>
public static class WorryClause
{
    private static readonly string[] Marked = [" sợ ", " lo ", " lo lắng ", " nghi ", " ngại ", " e ngại ", " hoang mang "];

    // Folded, for messages typed without marks: "so" alone is also "số" (a number), "lo" also "lò".
    private static readonly string[] Unmarked =
        [" so bi ", " so lo ", " so nguoi ta ", " so ho ", " so no ", " so la ", " so lua ", " so mat ", " lo bi ", " lo lo ", " nghi la ", " nghi bi ", " nghi lua "];

    /// <summary>
    /// The message with every clause of fear left out, or null when it has none, or nothing else (the fear is all it says).
    /// </summary>
    public static string? Without(string text)
    {
        var hasMarks = text.Any(c => c > '\u007f');
        var kept = new StringBuilder(text.Length);
        var dropped = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsEnd(text[i]))
            {
                continue;
            }

            var end = Math.Min(i + 1, text.Length);
            var clause = text[start..end];
            if (IsWorry(clause, hasMarks))
            {
                dropped = true;
            }
            else
            {
                kept.Append(clause);
            }

            start = end;
        }

        var rest = kept.ToString().Trim(' ', ',', ';', '.');
        return dropped && rest.Any(char.IsLetter) ? rest : null;
    }

    private static bool IsWorry(string clause, bool hasMarks)
    {
        var padded = " " + Words(hasMarks ? clause.ToLowerInvariant() : VietnameseText.Fold(clause)) + " ";
        foreach (var word in hasMarks ? Marked : Unmarked)
        {
            if (padded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Punctuation becomes a space, so "sợ," and "(sợ" are the word "sợ".
    private static string Words(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsEnd(char c) => c is ',' or '.' or '?' or '!' or ';' or '\n';
}
