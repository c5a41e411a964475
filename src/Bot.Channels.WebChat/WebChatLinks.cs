using System.Text.RegularExpressions;
using Bot.Dialogs.Content;

namespace Bot.Channels.WebChat;

/// <summary>
/// Finds what a resident should be able to tap in the editors' own texts: phone numbers (113, hotlines,
/// 0xx… numbers) become <c>tel:</c> links, and addresses on the allow-listed official sites
/// (<c>allowed-links.yaml</c>, <c>sites:</c>) become https links.
/// </summary>
/// <remarks>
/// Only replies the editors wrote are linked (<see cref="Bot.Dialogs.Turns.Reply.Authored"/>): a scam verdict quotes
/// a stranger's message, and its numbers and addresses must never be one tap away. A number in quotation
/// marks is quoted too (a scam sender's name such as "18001096"), so it stays text. Any other address stays text.
/// </remarks>
public static partial class WebChatLinks
{
    // 113 and the other three-digit public numbers, 1800/1900 hotlines, and national numbers (checked by PhoneNumbers).
    [GeneratedRegex(@"(?<![\w/.,+\-])(?:11[1-5]|156|1[89]00[ .]?\d{2}[ .]?\d{2}(?:\d{2})?|(?:\+84|0)\d(?:[ .\-]?\d){7,10})(?![\w/]|[.,]\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\w.@/\-\[\]])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(/[^\s""“”'()<>\[\]]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    private static ReadOnlySpan<char> Quotes => "\"“”'‘’«»";

    /// <summary>The text cut into plain pieces and links, or null when nothing in it is a link.</summary>
    public static IReadOnlyList<WebChatTextPart>? Split(string text, SiteList officialSites)
    {
        var links = new List<(int Start, int Length, string Href)>();
        foreach (Match match in Address().Matches(text))
        {
            var path = match.Groups[2].Value.TrimEnd('.', ',', ';', ':', '!', '?');
            var host = match.Groups[1].Value.ToLowerInvariant();
            if (officialSites.Allows(host))
            {
                var length = match.Value.Length - (match.Groups[2].Value.Length - path.Length);
                links.Add((match.Index, length, "https://" + host + path));
            }
        }

        foreach (Match match in Phone().Matches(text))
        {
            if (IsQuoted(text, match) || links.Any(l => match.Index < l.Start + l.Length && l.Start < match.Index + match.Length))
            {
                continue;
            }

            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            var href = match.Value[0] is '0' or '+'
                ? PhoneNumbers.Normalize(match.Value) is { } national ? PhoneNumbers.TelUri(national) : null
                : "tel:" + digits;
            if (href is not null)
            {
                links.Add((match.Index, match.Length, href));
            }
        }

        if (links.Count == 0)
        {
            return null;
        }

        var parts = new List<WebChatTextPart>();
        var at = 0;
        foreach (var (start, length, href) in links.OrderBy(l => l.Start))
        {
            if (start > at)
            {
                parts.Add(new WebChatTextPart(text[at..start]));
            }

            parts.Add(new WebChatTextPart(text.Substring(start, length), href));
            at = start + length;
        }

        if (at < text.Length)
        {
            parts.Add(new WebChatTextPart(text[at..]));
        }

        return parts;
    }

    private static bool IsQuoted(string text, Match match) =>
        match.Index > 0 && Quotes.Contains(text[match.Index - 1])
        && match.Index + match.Length < text.Length && Quotes.Contains(text[match.Index + match.Length]);
}
