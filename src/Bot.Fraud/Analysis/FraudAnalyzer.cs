using System.Globalization;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Bot.Fraud.Privacy;

namespace Bot.Fraud.Analysis;

/// <summary>
/// The scam check: a deterministic, explainable score for one message from the rules and lists
/// editors keep in <c>content/fraud/</c>.
/// </summary>
/// <remarks>
/// Steps: undo link obfuscation; find links and judge their domains; find phone numbers and
/// call-forwarding codes; match phrase rules on the folded text (so typing without diacritics
/// matches too); fire combination rules; combine the weights of everything that fired as independent
/// chances (1 − Π(1 − w)); map the score to high / medium / low, no higher than any fired rule's cap
/// (a warning that asks for nothing stays medium). The same text always gives the same answer,
/// and every point of the score has a reason a resident can read. Thread-safe; reads the officers'
/// live lists on every call. The text is never stored or logged here.
/// </remarks>
public sealed class FraudAnalyzer
{
    /// <summary>Longest text looked at (the API refuses longer input).</summary>
    public const int MaxTextLength = 10_000;

    private readonly FraudContent _content;
    private readonly IFraudListStore _lists;
    private readonly FraudRuleDefinition[] _rules;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _combinations; // plain combinations first, then those with "unless" (they need the others settled)
    private readonly int[][][] _requires; // per rule: groups that must all hold; a group holds when any of its rules fired
    private readonly int[][] _unless; // per rule: rules of which none may have fired
    private readonly PhraseMatcher _phrases;
    private readonly UrlExtractor _urls;
    private readonly DomainInspector _domains;
    private readonly PhoneScanner _phones;

    public FraudAnalyzer(FraudContent content, IFraudListStore lists)
    {
        _content = content;
        _lists = lists;
        _rules = [.. content.Rules];
        _index = _rules.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        _requires = _rules.Select(r => r.Requires.Select(group => group.Split('|').Select(code => _index[code]).ToArray()).ToArray()).ToArray();
        _unless = _rules.Select(r => r.Unless.Select(code => _index[code]).ToArray()).ToArray();
        _combinations = Enumerable.Range(0, _rules.Length)
            .Where(i => _requires[i].Length > 0)
            .OrderBy(i => _unless[i].Length > 0 ? 1 : 0)
            .ToArray();
        _phrases = new PhraseMatcher(
            _rules.Length,
            _rules.SelectMany((r, i) => r.Phrases.Select(p => (i, p))),
            _rules.SelectMany((r, i) => r.Except.Select(p => (i, p))),
            content.Reporting,
            Enumerable.Range(0, _rules.Length).Where(i => _rules[i].CountsWhenReported),
            content.Negators,
            content.PlainNegators);
        var endings = content.Lists.WebEndings
            .Concat(content.Lists.SuspiciousEndings)
            .Concat(content.Lists.Shorteners.Select(s => s[(s.LastIndexOf('.') + 1)..]));
        _urls = new UrlExtractor(endings);
        _domains = new DomainInspector(content.Lists);
        _phones = new PhoneScanner(content.Lists.Hotlines, content.Lists.HomeCountryCode);
    }

    /// <summary>The rules and texts in force.</summary>
    public FraudContent Content => _content;

    /// <summary>True when <paramref name="host"/> is on the official allow-list.</summary>
    public bool IsOfficialDomain(string host) => _domains.IsOfficial(host.ToLowerInvariant());

    /// <summary>Checks one message (cut at <see cref="MaxTextLength"/> characters).</summary>
    public FraudVerdict Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        // Only text with separate combining marks (NFD) needs normalising; checking for them is far cheaper than IsNormalized.
        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0 && !text.IsNormalized())
        {
            text = text.Normalize(); // NFD input (letters and marks apart) would not match negators written in NFC
        }

        var fired = new bool[_rules.Length];
        var details = new Detail[_rules.Length];

        var clean = UrlExtractor.Deobfuscate(text);
        var (urls, rest) = _urls.Extract(clean);
        var reported = _lists.Current;
        var findings = new List<LinkFinding>();
        var hasUnofficialLink = false;
        foreach (var url in urls)
        {
            findings.Clear();
            _domains.Inspect(url, reported, findings);
            foreach (var finding in findings)
            {
                hasUnofficialLink |= finding.Signal != FraudSignals.LinkOfficial;
                Fire(finding.Signal, new Detail(finding.Domain, finding.Official, null, null), fired, details);
            }
        }

        var phones = _phones.Scan(rest);
        var shownPhones = new List<string>(phones.Count);
        foreach (var phone in phones)
        {
            if (phone.Hotline is { } hotline)
            {
                var shown = FormatHotline(hotline);
                shownPhones.Add(shown);
                var name = _content.Lists.Hotlines[hotline];
                Fire(FraudSignals.PhoneHotline, new Detail(null, null, shown, name), fired, details);
                continue;
            }

            var masked = PersonalDataMasker.MaskPhone(phone.Number);
            shownPhones.Add(masked);
            Fire(FraudSignals.PhoneNumber, new Detail(null, null, masked, null), fired, details);
            if (reported.IsReportedPhone(phone.Number))
            {
                Fire(FraudSignals.PhoneReported, new Detail(null, null, masked, null), fired, details);
            }

            if (phone.IsForeign)
            {
                Fire(FraudSignals.PhoneForeign, new Detail(null, null, masked, null), fired, details);
            }
        }

        if (ForwardingCodeFinder.Find(clean) is { } code)
        {
            Fire(FraudSignals.CallForwardingCode, new Detail(null, null, code, null), fired, details);
        }

        _phrases.Match(TokenizedText.Create(text), fired);
        FireCombinations(fired);
        return Verdict(fired, details, urls, shownPhones, hasUnofficialLink);
    }

    private void Fire(string code, Detail detail, bool[] fired, Detail[] details)
    {
        var i = _index[code];
        if (!fired[i])
        {
            fired[i] = true;
            details[i] = detail;
        }
    }

    private void FireCombinations(bool[] fired)
    {
        // Combinations may build on combinations; repeat until nothing new fires (at most a few rounds).
        // Those with "unless" come last in the list, so their blockers have usually fired by then.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var i in _combinations)
            {
                if (!fired[i] && AllGroupsHold(_requires[i], fired) && NoneFired(_unless[i], fired))
                {
                    fired[i] = changed = true;
                }
            }
        }
    }

    private static bool NoneFired(int[] rules, bool[] fired)
    {
        foreach (var rule in rules)
        {
            if (fired[rule])
            {
                return false;
            }
        }

        return true;
    }

    // Plain loops: this runs on every message, and LINQ's closures over "fired" allocate each time.
    private static bool AllGroupsHold(int[][] groups, bool[] fired)
    {
        foreach (var group in groups)
        {
            var any = false;
            foreach (var rule in group)
            {
                if (fired[rule])
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private FraudVerdict Verdict(bool[] fired, Detail[] details, List<FoundUrl> urls, List<string> phones, bool hasUnofficialLink)
    {
        var keep = 1.0;
        var cap = RiskLevel.High;
        var reasons = new List<FraudReason>();
        for (var i = 0; i < _rules.Length; i++)
        {
            if (!fired[i])
            {
                continue;
            }

            var rule = _rules[i];
            keep *= 1 - rule.Weight;
            if (rule.Cap is { } ruleCap && ruleCap < cap)
            {
                cap = ruleCap;
            }

            if (!rule.Hidden)
            {
                reasons.Add(new FraudReason(rule.Code, rule.Weight, Fill(rule.Text.Vi, details[i], "vi"), Fill(rule.Text.En ?? rule.Text.Vi, details[i], "en")));
            }
        }

        // Strongest first; the order of rules.yaml breaks ties, so the output is stable (insertion sort: a handful of items).
        for (var i = 1; i < reasons.Count; i++)
        {
            var item = reasons[i];
            var j = i - 1;
            for (; j >= 0 && reasons[j].Weight < item.Weight; j--)
            {
                reasons[j + 1] = reasons[j];
            }

            reasons[j + 1] = item;
        }

        var score = Math.Round(Math.Clamp(1 - keep, 0, 1), 2, MidpointRounding.AwayFromZero);
        if (cap < RiskLevel.High)
        {
            // The score stays just under the capped level's ceiling, so score and risk never disagree.
            var ceiling = cap == RiskLevel.Medium ? _content.HighThreshold : _content.MediumThreshold;
            score = Math.Min(score, Math.Round(ceiling - 0.01, 2, MidpointRounding.AwayFromZero));
        }

        var risk = score >= _content.HighThreshold ? RiskLevel.High : score >= _content.MediumThreshold ? RiskLevel.Medium : RiskLevel.Low;
        var shownUrls = new List<string>(urls.Count);
        var domains = new List<string>(urls.Count);
        foreach (var url in urls)
        {
            shownUrls.Add(url.Text);
            if (!domains.Contains(url.Host))
            {
                domains.Add(url.Host);
            }
        }

        return new FraudVerdict(risk, score, reasons, shownUrls, phones)
        {
            Domains = domains,
            HasUnofficialLink = hasUnofficialLink,
        };
    }

    private static string Fill(string text, Detail detail, string locale)
    {
        if (text.IndexOf('{') < 0)
        {
            return text;
        }

        return text
            .Replace("{domain}", detail.Domain ?? "", StringComparison.Ordinal)
            .Replace("{official}", detail.Official ?? "", StringComparison.Ordinal)
            .Replace("{phone}", detail.Phone ?? "", StringComparison.Ordinal)
            .Replace("{name}", detail.Name?.Get(locale) ?? "", StringComparison.Ordinal);
    }

    /// <summary>"19000368" → "1900 0368"; short numbers as they are.</summary>
    internal static string FormatHotline(string digits) =>
        digits.Length == 8 && (digits.StartsWith("1800", StringComparison.Ordinal) || digits.StartsWith("1900", StringComparison.Ordinal))
            ? digits[..4] + " " + digits[4..]
            : digits.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Detail(string? Domain, string? Official, string? Phone, Bot.Dialogs.Content.LocalizedText? Name);
}
