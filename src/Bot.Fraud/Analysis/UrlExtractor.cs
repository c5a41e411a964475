using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Bot.Fraud.Analysis;

/// <summary>Finds links in a message, with or without "http://", after undoing obfuscation (hxxp, [.], (dot)).</summary>
internal sealed partial class UrlExtractor(IEnumerable<string> knownEndings)
{
    private readonly FrozenSet<string> _endings = knownEndings.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"hxxp|\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s*|\[:\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Obfuscation();

    // Two shapes: with a scheme (any host), or a bare host whose ending must be a known one so that
    // "v.v." or "2.000.000" are not taken for links. The look-behind keeps e-mail addresses out.
    [GeneratedRegex(
        @"(?<scheme>\b(?:https?|ftp)://)(?<host>[^\s/?#<>""'`\\\[\]()]+)(?<rest>[/?#][^\s<>""'`]*)?" +
        @"|(?<![\p{L}\p{N}@._/-])(?<host>(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?<tld>[a-zA-Z]{2,24}|xn--[a-zA-Z0-9-]{2,59}))(?::\d{1,5})?(?<rest>/[^\s<>""'`]*)?(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>Undoes common link obfuscation so "hxxp://abc[.]top" reads "http://abc.top".</summary>
    public static string Deobfuscate(string text)
    {
        if (text.AsSpan().IndexOfAny("[({xX") < 0)
        {
            return text;
        }

        return Obfuscation().Replace(text, m => m.Value.Length == 4 && m.Value[0] is 'h' or 'H' ? "http" : m.Value.Contains(':') ? ":" : ".");
    }

    /// <summary>The links in <paramref name="text"/> (already de-obfuscated), and the text with them blanked out.</summary>
    public (List<FoundUrl> Urls, string Remainder) Extract(string text)
    {
        var urls = new List<FoundUrl>();
        if (text.AsSpan().IndexOfAny("./") < 0)
        {
            return (urls, text);
        }

        char[]? rest = null;
        foreach (Match match in Link().Matches(text))
        {
            var hasScheme = match.Groups["scheme"].Success;
            if (!hasScheme && !_endings.Contains(match.Groups["tld"].Value))
            {
                continue;
            }

            var host = CleanHost(match.Groups["host"].Value);
            if (host.Length == 0 || !host.Contains('.'))
            {
                continue;
            }

            var path = match.Groups["rest"].Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"');
            var shown = hasScheme
                ? match.Groups["scheme"].Value.ToLowerInvariant() + match.Groups["host"].Value.TrimEnd('.') + path
                : match.Groups["host"].Value + path;
            urls.Add(new FoundUrl(shown, host, path));
            rest ??= text.ToCharArray();
            rest.AsSpan(match.Index, match.Length).Fill(' ');
        }

        return (urls, rest is null ? text : new string(rest));
    }

    /// <summary>Lower case; drops "user@" (a classic trick: https://dichvucong.gov.vn@evil.top), the port and "www.".</summary>
    private static string CleanHost(string host)
    {
        var at = host.LastIndexOf('@');
        if (at >= 0)
        {
            host = host[(at + 1)..];
        }

        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }

        host = host.Trim('.', ',', ';', '!', '?').ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
