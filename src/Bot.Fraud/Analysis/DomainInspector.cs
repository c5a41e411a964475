using System.Collections.Frozen;
using System.Globalization;
using Bot.Dialogs.Text;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;

namespace Bot.Fraud.Analysis;

/// <summary>Judges one link's domain: official, reported, shortener, .apk, odd letters, risky ending, look-alike.</summary>
internal sealed class DomainInspector
{
    private static readonly IdnMapping Idn = new();

    private readonly string[] _official;
    private readonly string[] _shorteners;
    private readonly FrozenSet<string> _suspiciousEndings;
    private readonly KeyValuePair<string, string>[] _names;

    public DomainInspector(FraudLists lists)
    {
        _official = [.. lists.OfficialDomains];
        _shorteners = [.. lists.Shorteners];
        _suspiciousEndings = lists.SuspiciousEndings.ToFrozenSet(StringComparer.Ordinal);
        _names = [.. lists.OfficialNames];
    }

    /// <summary>What is noticed about <paramref name="url"/>; always at least one finding.</summary>
    public void Inspect(FoundUrl url, FraudListSnapshot reported, List<LinkFinding> findings)
    {
        var (ascii, unicode) = Forms(url.Host);
        if (EndsWithAny(ascii, _official))
        {
            findings.Add(new LinkFinding(FraudSignals.LinkOfficial, ascii));
            return;
        }

        var shown = Defang(unicode);
        if (reported.IsReportedDomain(ascii))
        {
            findings.Add(new LinkFinding(FraudSignals.LinkReported, shown));
        }

        if (EndsWithAny(ascii, _shorteners))
        {
            findings.Add(new LinkFinding(FraudSignals.LinkShortener, shown));
        }

        var path = url.Path;
        var cut = path.IndexOfAny(['?', '#']);
        if ((cut < 0 ? path : path[..cut]).EndsWith(".apk", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new LinkFinding(FraudSignals.LinkApk, shown));
        }

        if (IsIpAddress(ascii))
        {
            findings.Add(new LinkFinding(FraudSignals.LinkIp, shown));
        }
        else
        {
            if (ascii.Contains("xn--", StringComparison.Ordinal) || !ascii.Equals(unicode, StringComparison.Ordinal))
            {
                findings.Add(new LinkFinding(FraudSignals.LinkPunycode, shown));
            }

            var ending = ascii[(ascii.LastIndexOf('.') + 1)..];
            if (_suspiciousEndings.Contains(ending))
            {
                findings.Add(new LinkFinding(FraudSignals.LinkSuspiciousEnding, shown));
            }

            if (LookalikeOf(unicode) is { } official)
            {
                findings.Add(new LinkFinding(FraudSignals.LinkLookalike, shown, official));
            }
        }

        findings.Add(new LinkFinding(FraudSignals.LinkNotGov, shown));
    }

    /// <summary>True when <paramref name="host"/> is an official domain or a subdomain of one.</summary>
    public bool IsOfficial(string host) => EndsWithAny(Forms(host).Ascii, _official);

    /// <summary>"abc.top" → "abc[.]top", so chat apps do not turn a scam domain into a tappable link.</summary>
    public static string Defang(string host) => host.Replace(".", "[.]", StringComparison.Ordinal);

    /// <summary>The real site a look-alike host imitates, or null.</summary>
    /// <remarks>
    /// Each label but the ending is reduced to a "skeleton" (no diacritics, Cyrillic and Greek
    /// look-alike letters and 0/1 turned into Latin o/l), then compared with the official names:
    /// the name itself used on another domain ("dichvucong.bvgov.com"), the name with extra words
    /// ("dichvucong-gov"), with extra letters ("dichvucongg"), or one or two letters off ("dichvucnog").
    /// Any label with "gov" on a domain that is not .gov.vn is a look-alike of gov.vn.
    /// </remarks>
    internal string? LookalikeOf(string host)
    {
        var labels = host.Split('.');
        for (var i = 0; i < labels.Length - 1; i++)
        {
            var skeleton = Skeleton(labels[i]);
            if (skeleton is "www" or "")
            {
                continue;
            }

            foreach (var (name, official) in _names)
            {
                if (skeleton == name
                    || skeleton.Split('-').Contains(name)
                    || (name.Length >= 5 && skeleton.Contains(name, StringComparison.Ordinal))
                    || (name.Length >= 5 && Math.Abs(skeleton.Length - name.Length) <= 2
                        && EditDistance.Between(skeleton, name, 2) <= (name.Length >= 9 ? 2 : 1)))
                {
                    return official;
                }
            }

            if (skeleton.Contains("gov", StringComparison.Ordinal))
            {
                return "gov.vn";
            }
        }

        return null;
    }

    /// <summary>The label as it looks to a reader: folded, look-alike letters mapped to Latin.</summary>
    internal static string Skeleton(string label)
    {
        var folded = VietnameseText.Fold(label).Replace(' ', '-');
        return string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'а' or 'α' => 'a',
                    'е' or 'ε' => 'e',
                    'о' or 'ο' or '0' => 'o',
                    'р' or 'ρ' => 'p',
                    'с' or 'ϲ' => 'c',
                    'у' or 'γ' => 'y',
                    'х' or 'χ' => 'x',
                    'і' or 'ι' or 'ı' => 'i',
                    'ј' => 'j',
                    'ԁ' => 'd',
                    'ѕ' => 's',
                    'һ' => 'h',
                    'ӏ' or '1' or 'ǀ' => 'l',
                    'ν' => 'v',
                    'κ' or 'к' => 'k',
                    'т' or 'τ' => 't',
                    'п' => 'n',
                    'ԛ' => 'q',
                    'ԝ' => 'w',
                    'ɡ' => 'g',
                    var c => c,
                };
            }
        });
    }

    /// <summary>The host in ASCII (punycode) and in letters as displayed.</summary>
    private static (string Ascii, string Unicode) Forms(string host)
    {
        try
        {
            var isAscii = System.Text.Ascii.IsValid(host);
            var ascii = isAscii ? host : Idn.GetAscii(host);
            var unicode = host.Contains("xn--", StringComparison.Ordinal) ? Idn.GetUnicode(host) : host;
            return (ascii.ToLowerInvariant(), unicode.ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return (host, host); // not a valid IDN: judged as written
        }
    }

    private static bool EndsWithAny(string host, string[] domains)
    {
        foreach (var domain in domains)
        {
            if (host.Length == domain.Length ? host == domain
                : host.Length > domain.Length && host.EndsWith(domain, StringComparison.Ordinal) && host[^(domain.Length + 1)] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIpAddress(string host)
    {
        var parts = host.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit));
    }
}
