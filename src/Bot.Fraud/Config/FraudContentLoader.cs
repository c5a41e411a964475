using System.Globalization;
using Bot.Dialogs.Content;
using Bot.Dialogs.Text;
using Bot.Fraud.Analysis;
using YamlDotNet.RepresentationModel;

namespace Bot.Fraud.Config;

/// <summary>Loads <c>content/fraud/</c> (rules.yaml, lists.yaml, messages.yaml) into a checked <see cref="FraudContent"/>.</summary>
/// <remarks>
/// Every problem is reported with its file, line and a fix, and nothing half-loaded is returned:
/// a scam check that silently lost its rules would tell residents that scams are safe.
/// </remarks>
public static class FraudContentLoader
{
    public const string RulesFile = "rules.yaml";
    public const string ListsFile = "lists.yaml";
    public const string MessagesFile = "messages.yaml";

    /// <summary>Loads and checks <paramref name="folder"/>; throws <see cref="ContentLoadException"/> listing every error.</summary>
    public static FraudContent Load(string folder)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var root = Path.GetFullPath(folder);
        var rules = Read(root, RulesFile, diagnostics);
        var lists = Read(root, ListsFile, diagnostics);
        var messages = Read(root, MessagesFile, diagnostics);
        FraudContent? content = null;
        if (rules is not null && lists is not null && messages is not null)
        {
            content = Build(rules.Value, lists.Value, messages.Value, diagnostics);
        }

        if (content is null || diagnostics.Count > 0)
        {
            throw new ContentLoadException(diagnostics);
        }

        return content;
    }

    private static FraudContent Build(FileNode rulesFile, FileNode listsFile, FileNode messagesFile, List<ContentDiagnostic> diagnostics)
    {
        var thresholds = rulesFile.Map.Children.TryGetValue("thresholds", out var t) ? t as YamlMappingNode : null;
        var high = Number(rulesFile, thresholds, "high", 0.7, diagnostics);
        var medium = Number(rulesFile, thresholds, "medium", 0.4, diagnostics);
        if (medium >= high)
        {
            Error(rulesFile, rulesFile.Map, "thresholds.medium must be lower than thresholds.high", diagnostics);
        }

        var negators = new List<string>();
        foreach (var word in Strings(rulesFile, rulesFile.Map, "negators", diagnostics))
        {
            if (word.Trim().Contains(' '))
            {
                Error(rulesFile, rulesFile.Map, $"negator '{word}' must be one word", diagnostics);
                continue;
            }

            negators.Add(word.Trim().ToLowerInvariant());
        }

        var plainNegators = new List<string>();
        foreach (var word in Strings(rulesFile, rulesFile.Map, "negators_plain", diagnostics))
        {
            var folded = VietnameseText.Fold(word);
            if (folded.Length == 0 || folded.Contains(' ') || !System.Text.Ascii.IsValid(word) || folded != word.Trim().ToLowerInvariant())
            {
                Error(rulesFile, rulesFile.Map, $"negators_plain: '{word}' must be one word typed without diacritics", diagnostics);
                continue;
            }

            plainNegators.Add(folded);
        }

        var reporting = Strings(rulesFile, rulesFile.Map, "reporting", diagnostics);
        foreach (var phrase in reporting)
        {
            if (PhrasePattern.Check(phrase) is { } problem)
            {
                Error(rulesFile, rulesFile.Map, $"reporting: phrase \"{phrase}\" {problem}", diagnostics);
            }
        }

        var rules = ReadRules(rulesFile, diagnostics);
        var lists = ReadLists(listsFile, diagnostics);
        var messages = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (Child(messagesFile.Map, "texts") is YamlMappingNode texts)
        {
            foreach (var (key, value) in texts.Children)
            {
                if (Localized(messagesFile, value, diagnostics) is { } text)
                {
                    messages[((YamlScalarNode)key).Value ?? ""] = text;
                }
            }
        }

        foreach (var key in FraudMessageKeys.All.Where(k => !messages.ContainsKey(k)))
        {
            Error(messagesFile, messagesFile.Map, $"text '{key}' is missing under 'texts:'", diagnostics,
                "add it with a vi: and an en: line");
        }

        return new FraudContent
        {
            HighThreshold = high,
            MediumThreshold = medium,
            Negators = negators,
            PlainNegators = plainNegators,
            Reporting = reporting,
            Rules = rules,
            Lists = lists,
            Messages = messages,
        };
    }

    private static List<FraudRuleDefinition> ReadRules(FileNode file, List<ContentDiagnostic> diagnostics)
    {
        var rules = new List<FraudRuleDefinition>();
        if (Child(file.Map, "rules") is not YamlSequenceNode items)
        {
            Error(file, file.Map, "'rules:' is missing", diagnostics, "list the rules under 'rules:'");
            return rules;
        }

        foreach (var item in items)
        {
            if (item is not YamlMappingNode map)
            {
                Error(file, item, "each rule needs code:, weight: and text:", diagnostics);
                continue;
            }

            var code = Scalar(map, "code");
            var text = Child(map, "text") is { } textNode ? Localized(file, textNode, diagnostics) : null;
            if (string.IsNullOrWhiteSpace(code) || text is null)
            {
                Error(file, map, "a rule needs code: and text: (vi and en)", diagnostics);
                continue;
            }

            var weight = Number(file, map, "weight", double.NaN, diagnostics);
            if (double.IsNaN(weight) || weight < 0 || weight > 1)
            {
                // Reported, but the rule is kept so rules that require it do not add confusing follow-up errors.
                Error(file, map, $"rule '{code}' needs a weight between 0 and 1", diagnostics);
                weight = 0;
            }

            var phrases = Strings(file, map, "phrases", diagnostics);
            var except = Strings(file, map, "except", diagnostics);
            foreach (var phrase in phrases.Concat(except))
            {
                if (PhrasePattern.Check(phrase) is { } problem)
                {
                    Error(file, map, $"rule '{code}': phrase \"{phrase}\" {problem}", diagnostics);
                }
            }

            var requires = Strings(file, map, "requires", diagnostics);
            var unless = Strings(file, map, "unless", diagnostics);
            var signal = Scalar(map, "signal") == "true";
            var hidden = Scalar(map, "hidden") == "true";
            var countsWhenReported = Scalar(map, "counts_when_reported") == "true";
            RiskLevel? cap = Scalar(map, "cap") switch
            {
                null => null,
                "medium" => RiskLevel.Medium,
                "low" => RiskLevel.Low,
                var other => CapError(file, map, code, other, diagnostics),
            };
            if (except.Count > 0 && phrases.Count == 0)
            {
                Error(file, map, $"rule '{code}': except: only works with phrases:", diagnostics);
            }

            if (unless.Count > 0 && requires.Count == 0)
            {
                Error(file, map, $"rule '{code}': unless: only works with requires:", diagnostics);
            }
            var sources = (phrases.Count > 0 ? 1 : 0) + (requires.Count > 0 ? 1 : 0) + (signal ? 1 : 0);
            if (sources != 1)
            {
                Error(file, map, $"rule '{code}' needs exactly one of phrases:, requires: or signal: true", diagnostics);
            }

            if (signal && !FraudSignals.All.Contains(code))
            {
                Error(file, map, $"'{code}' is not a built-in signal", diagnostics,
                    "built-in signals: " + string.Join(", ", FraudSignals.All));
            }

            if (rules.Any(r => r.Code == code))
            {
                Error(file, map, $"rule code '{code}' is used twice", diagnostics);
            }

            rules.Add(new FraudRuleDefinition(code, weight, text, phrases, requires, signal, hidden)
            {
                Except = except,
                Unless = unless,
                Cap = cap,
                CountsWhenReported = countsWhenReported,
            });
        }

        foreach (var missing in FraudSignals.All.Where(s => rules.All(r => r.Code != s)))
        {
            Error(file, items, $"the built-in signal '{missing}' has no rule", diagnostics,
                "add a rule with code: " + missing + " and signal: true (weight 0 turns it off)");
        }

        foreach (var rule in rules)
        {
            foreach (var required in rule.Requires.SelectMany(r => r.Split('|')).Where(r => rules.All(x => x.Code != r)))
            {
                Error(file, items, $"rule '{rule.Code}' requires '{required}', which is not a rule", diagnostics);
            }

            foreach (var blocker in rule.Unless.Where(r => rules.All(x => x.Code != r)))
            {
                Error(file, items, $"rule '{rule.Code}' lists '{blocker}' under unless:, which is not a rule", diagnostics);
            }
        }

        return rules;
    }

    private static RiskLevel? CapError(FileNode file, YamlMappingNode map, string code, string value, List<ContentDiagnostic> diagnostics)
    {
        Error(file, map, $"rule '{code}': cap: '{value}' is not a risk level", diagnostics, "write cap: medium or cap: low");
        return null;
    }

    private static FraudLists ReadLists(FileNode file, List<ContentDiagnostic> diagnostics)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Child(file.Map, "official_names") is YamlMappingNode nameMap)
        {
            foreach (var (key, value) in nameMap.Children)
            {
                names[Lower(((YamlScalarNode)key).Value)] = Lower((value as YamlScalarNode)?.Value);
            }
        }

        var hotlines = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (Child(file.Map, "hotlines") is YamlMappingNode hotlineMap)
        {
            foreach (var (key, value) in hotlineMap.Children)
            {
                var digits = PhoneScanner.DigitsOnly(((YamlScalarNode)key).Value ?? "");
                if (digits.Length < 3 || Localized(file, value, diagnostics) is not { } name)
                {
                    Error(file, key, "a hotline needs its digits as the key and vi:/en: names", diagnostics);
                    continue;
                }

                hotlines[digits] = name;
            }
        }

        var reportedPhones = new List<string>();
        foreach (var phone in Strings(file, file.Map, "reported_phones", diagnostics))
        {
            if (PhoneScanner.Normalize(phone, "84") is { } normalized)
            {
                reportedPhones.Add(normalized);
            }
            else
            {
                Error(file, file.Map, $"reported phone '{phone}' is not a phone number", diagnostics);
            }
        }

        return new FraudLists
        {
            OfficialDomains = Strings(file, file.Map, "official_domains", diagnostics).Select(Lower).ToList(),
            OfficialNames = names,
            Shorteners = Strings(file, file.Map, "shorteners", diagnostics).Select(Lower).ToList(),
            SuspiciousEndings = Strings(file, file.Map, "suspicious_endings", diagnostics).Select(e => Lower(e).TrimStart('.')).ToList(),
            WebEndings = Strings(file, file.Map, "web_endings", diagnostics).Select(e => Lower(e).TrimStart('.')).ToList(),
            Hotlines = hotlines,
            HomeCountryCode = Scalar(file.Map, "home_country_code") ?? "84",
            ReportedDomains = Strings(file, file.Map, "reported_domains", diagnostics).Select(Lower).ToList(),
            ReportedPhones = reportedPhones,
        };
    }

    private static string Lower(string? value) => (value ?? "").Trim().ToLowerInvariant();

    private static FileNode? Read(string root, string name, List<ContentDiagnostic> diagnostics)
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation("fraud/" + name, 1, 1), DiagnosticSeverity.Error,
                $"{name} is missing in {root}", "restore it from the repository, or set Fraud:Path to the folder that holds it"));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation("fraud/" + name, (int)ex.Start.Line, (int)ex.Start.Column),
                DiagnosticSeverity.Error, "the file is not valid YAML: " + (ex.InnerException?.Message ?? ex.Message),
                "check the indentation and quotes on this line"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation("fraud/" + name, 1, 1), DiagnosticSeverity.Error,
                "the file must contain key: value lines"));
            return null;
        }

        return new FileNode("fraud/" + name, map);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static double Number(FileNode file, YamlMappingNode? map, string key, double fallback, List<ContentDiagnostic> diagnostics)
    {
        if (map is null || Scalar(map, key) is not { } text)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(file, map, $"'{key}' must be a number like 0.5", diagnostics);
        return fallback;
    }

    private static List<string> Strings(FileNode file, YamlMappingNode map, string key, List<ContentDiagnostic> diagnostics)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(file, node, $"'{key}' must be a list", diagnostics, "write it as [a, b] or one '- item' per line");
            return [];
        }

        return sequence.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList();
    }

    private static LocalizedText? Localized(FileNode file, YamlNode node, List<ContentDiagnostic> diagnostics)
    {
        if (node is YamlMappingNode map && Scalar(map, "vi") is { Length: > 0 } vi)
        {
            return new LocalizedText(vi, Scalar(map, "en"));
        }

        Error(file, node, "a text needs a vi: line (and an en: line)", diagnostics);
        return null;
    }

    private static void Error(FileNode file, YamlNode at, string message, List<ContentDiagnostic> diagnostics, string? fix = null) =>
        diagnostics.Add(new ContentDiagnostic(new SourceLocation(file.Name, (int)at.Start.Line, (int)at.Start.Column),
            DiagnosticSeverity.Error, message, fix));

    private readonly record struct FileNode(string Name, YamlMappingNode Map);
}
