using System.Text;

namespace Bot.Channels.Telegram.Sending;

/// <summary>Escaping and splitting of plain text for Telegram's HTML parse mode.</summary>
public static class TelegramText
{
    /// <summary>
    /// Longest message sent, in UTF-16 units of plain text. Telegram allows 4,096 "characters" after
    /// entity parsing without saying whether it counts code points or UTF-16 units, so stay below.
    /// </summary>
    public const int MaxMessageLength = 4_000;

    /// <summary>Escapes every character that HTML parse mode would read as markup (&amp;, &lt;, &gt;, &quot;).</summary>
    public static string EscapeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits <paramref name="text"/> into pieces of at most <paramref name="max"/> UTF-16 units:
    /// on paragraph breaks first, then line breaks, then spaces; never inside a surrogate pair.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var chunks = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > max)
        {
            var cut = LastBreak(rest[..(max + 1)], "\n\n")
                      ?? LastBreak(rest[..(max + 1)], "\n")
                      ?? LastBreak(rest[..(max + 1)], " ")
                      ?? HardCut(rest, max);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                chunks.Add(piece.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest.ToString());
        }

        return chunks;
    }

    private static int? LastBreak(ReadOnlySpan<char> window, string separator)
    {
        var at = window.LastIndexOf(separator.AsSpan());
        // A break in the first quarter would leave tiny messages; prefer a finer separator then.
        return at > window.Length / 4 ? at : null;
    }

    private static int HardCut(ReadOnlySpan<char> text, int max) =>
        char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
}
