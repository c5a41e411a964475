using System.Globalization;
using System.Text;

namespace Bot.Testing.Telegram;

/// <summary>Parses text the way the Bot API does in HTML parse mode: known tags only, only the four named entities.</summary>
public static class TelegramHtml
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"];

    /// <summary>The plain text, or an error in the server's words ("can't parse entities: …").</summary>
    public static (string? Plain, string? Error) Parse(string html)
    {
        var plain = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var bytes = 0;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return (null, $"can't parse entities: Unclosed start tag at byte offset {bytes}");
                }

                var tag = html[(i + 1)..end].Trim();
                var closing = tag.StartsWith('/');
                var name = (closing ? tag[1..] : tag).Split(' ', 2)[0].ToLowerInvariant();
                if (!Tags.Contains(name))
                {
                    return (null, $"can't parse entities: Unsupported start tag \"{name}\" at byte offset {bytes}");
                }

                if (closing)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        return (null, $"can't parse entities: Unmatched end tag at byte offset {bytes}, expected \"</{name}>\"");
                    }
                }
                else
                {
                    open.Push(name);
                }

                bytes += Encoding.UTF8.GetByteCount(html.AsSpan(i, end - i + 1));
                i = end;
                continue;
            }

            if (c == '>')
            {
                return (null, $"can't parse entities: Character '>' is reserved at byte offset {bytes}");
            }

            if (c == '&')
            {
                var semi = html.IndexOf(';', i);
                var entity = semi < 0 ? "" : html[(i + 1)..semi];
                string? decoded = entity switch
                {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    _ when entity.StartsWith("#x", StringComparison.Ordinal)
                           && int.TryParse(entity[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => char.ConvertFromUtf32(hex),
                    _ when entity.StartsWith('#')
                           && int.TryParse(entity[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => char.ConvertFromUtf32(dec),
                    _ => null,
                };
                if (decoded is null)
                {
                    return (null, $"can't parse entities: Character '&' is reserved and must be escaped at byte offset {bytes}");
                }

                plain.Append(decoded);
                bytes += semi - i + 1;
                i = semi;
                continue;
            }

            plain.Append(c);
            bytes += Encoding.UTF8.GetByteCount(html.AsSpan(i, char.IsHighSurrogate(c) && i + 1 < html.Length ? 2 : 1));
            if (char.IsHighSurrogate(c) && i + 1 < html.Length)
            {
                plain.Append(html[++i]);
            }
        }

        return open.Count > 0
            ? (null, $"can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (plain.ToString(), null);
    }
}
