using System.Text.RegularExpressions;

namespace Bot.Broadcasts.Alerts;

/// <summary>Finds every link in an alert's text and refuses hosts outside the allow-list.</summary>
/// <remarks>
/// Scammers impersonate police with look-alike links, so an alert may only point to official
/// domains. Bare host names ("vneid-capnhat.com") count as links, not just "https://…".
/// </remarks>
public sealed partial class LinkPolicy(IReadOnlyList<string> allowedDomains)
{
    // A scheme, "www.", or a host ending in a common top-level domain; Vietnamese abbreviations like "TP.HCM" are not links.
    [GeneratedRegex(@"(?:(?:https?|ftp)://|www\.)[^\s<>""']+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:vn|com|net|org|info|biz|xyz|top|io|me|link|app|site|online|shop|club|cc|tk|ly|co|us|asia|pro|live|vip)\b(?:[/:?#][^\s<>""']*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    /// <summary>The hosts in <paramref name="text"/> that are not allowed (empty when the text is fine).</summary>
    public IReadOnlyList<string> DisallowedHosts(string text)
    {
        var refused = new List<string>();
        foreach (Match match in LinkPattern().Matches(text))
        {
            var candidate = match.Value.Contains("://", StringComparison.Ordinal) ? match.Value : "http://" + match.Value;
            var host = Uri.TryCreate(candidate.TrimEnd('.', ',', ';', ')', '!', '?'), UriKind.Absolute, out var uri)
                ? uri.IdnHost.ToLowerInvariant()
                : match.Value.ToLowerInvariant();
            if (!IsAllowed(host) && !refused.Contains(host))
            {
                refused.Add(host);
            }
        }

        return refused;
    }

    /// <summary>True when <paramref name="host"/> matches an entry ("*.gov.vn" matches gov.vn and its sub-domains).</summary>
    public bool IsAllowed(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        foreach (var entry in allowedDomains)
        {
            var domain = entry.Trim().ToLowerInvariant();
            if (domain.StartsWith("*.", StringComparison.Ordinal))
            {
                var root = domain[2..];
                if (host == root || host.EndsWith("." + root, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (host == domain)
            {
                return true;
            }
        }

        return false;
    }
}
