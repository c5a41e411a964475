using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Text;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>Loads the content folder into a checked <see cref="ContentBundle"/>.</summary>
/// <remarks>
/// Layout: <c>bot.yaml</c> (menu, the bot's own texts, command words, routing thresholds),
/// <c>lexicon.yaml</c> (abbreviations), <c>flows/*.yaml</c> (one flow per file),
/// <c>procedures/*.yaml</c> (one procedure card per file, compiled into steps of its topic flow),
/// <c>allowed-links.yaml</c> (link and official-source sites) and the communes of <c>areas.yaml</c>
/// (with their police contacts), and <c>examples.learned.yaml</c> (phrases assigned from the
/// misunderstood inbox). Other files in the folder belong to other features and only
/// count towards the version hash.
/// Any error stops the load with every problem listed; nothing half-loaded is ever returned.
/// </remarks>
public static partial class ContentLoader
{
    /// <summary>Flow and node ids: short, lower case, safe inside 64-byte button payloads.</summary>
    [GeneratedRegex("^[a-z0-9_]{1,24}$")]
    private static partial Regex IdPattern();

    /// <summary>Loads and checks <paramref name="folder"/>; throws <see cref="ContentLoadException"/> on errors.</summary>
    public static ContentBundle Load(string folder, TimeProvider? time = null)
    {
        var (bundle, diagnostics) = TryLoad(folder, time);
        return bundle ?? throw new ContentLoadException(diagnostics);
    }

    /// <summary>Loads <paramref name="folder"/>; returns null and the diagnostics when it has errors.</summary>
    public static (ContentBundle? Bundle, IReadOnlyList<ContentDiagnostic> Diagnostics) TryLoad(string folder, TimeProvider? time = null)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation(folder, 1, 1), DiagnosticSeverity.Error,
                "the content folder does not exist", "set Content:Path to the folder that holds bot.yaml"));
            return (null, diagnostics);
        }

        var botFile = Path.Combine(root, "bot.yaml");
        if (!File.Exists(botFile))
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation("bot.yaml", 1, 1), DiagnosticSeverity.Error,
                "bot.yaml is missing", "every content folder needs bot.yaml with the menu and the bot's texts"));
            return (null, diagnostics);
        }

        // Every content file is read once and checked (size, UTF-8, control characters) before any parser sees it.
        var texts = ReadContentFiles(root, diagnostics);
        var bot = texts.TryGetValue(botFile, out var botText) ? BotFileReader.Read(root, botFile, botText, diagnostics) : null;
        var lexicon = ReadLexicon(root, texts, diagnostics);
        var understandingFile = Path.Combine(root, Understanding.UnderstandingFileReader.FileName);
        var understanding = !File.Exists(understandingFile) || texts.ContainsKey(understandingFile)
            ? Understanding.UnderstandingFileReader.Read(root, diagnostics)
            : Understanding.UnderstandingContent.Empty; // refused by ContentFileCheck (reported there)

        var flows = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        var flowFolder = Path.Combine(root, "flows");
        var flowFiles = Directory.Exists(flowFolder)
            ? Directory.GetFiles(flowFolder, "*.yaml").Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in flowFiles)
        {
            var flow = texts.TryGetValue(file, out var flowText) ? FlowFileReader.Read(root, file, flowText, diagnostics) : null;
            if (flow is null)
            {
                unreadable.Add(Path.GetFileNameWithoutExtension(file));
                continue;
            }

            if (!flows.TryAdd(flow.Id, flow))
            {
                diagnostics.Add(new ContentDiagnostic(flow.Location, DiagnosticSeverity.Error,
                    $"flow id '{flow.Id}' is already used by {flows[flow.Id].Location.File}", "give each flow its own id"));
            }
        }

        var cards = ReadCards(root, texts, diagnostics);
        var placed = new List<ContentDiagnostic>();
        flows = Engine.CardCompiler.Attach(flows, cards, placed);

        // A card whose topic file failed to load is not reported again: fixing that file fixes both.
        diagnostics.AddRange(placed.Where(d => !unreadable.Any(name =>
            d.Message.StartsWith($"topic '{name}' is not a flow", StringComparison.Ordinal))));

        // Phrases editors assigned from the misunderstood inbox join their flow's or step's examples;
        // one whose flow file failed to load is not reported again.
        var learned = Understanding.LearnedExamplesFile.Read(root, diagnostics).Where(e => !unreadable.Contains(e.Example.Flow));
        flows = Understanding.LearnedExamplesFile.Merge(flows, learned, diagnostics);
        var (linkSites, officialSites) = AllowedLinksReader.Read(root, diagnostics);
        var communes = AreasFileReader.Read(root, diagnostics);

        if (bot is not null)
        {
            ReferenceChecker.Check(bot.Value.Menu, flows, unreadable, diagnostics);
        }

        if (understanding.VictimStory is { } story && !flows.ContainsKey(story.Flow) && !unreadable.Contains(story.Flow))
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation(Understanding.UnderstandingFileReader.FileName, 1, 1), DiagnosticSeverity.Error,
                $"victim_story: there is no flow '{story.Flow}'", "name the scams topic's flow id (flows/*.yaml 'id:')"));
        }

        foreach (var flow in understanding.TopicNames?.Flows.Keys ?? [])
        {
            if (!flows.ContainsKey(flow) && !unreadable.Contains(flow))
            {
                diagnostics.Add(new ContentDiagnostic(new SourceLocation(Understanding.UnderstandingFileReader.FileName, 1, 1), DiagnosticSeverity.Error,
                    $"topic_names: there is no flow '{flow}'", "use a topic's flow id (flows/*.yaml 'id:')"));
            }
        }

        CheckNfc(root, texts, diagnostics);

        if (bot is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return (null, diagnostics);
        }

        var bundle = new ContentBundle
        {
            Version = HashFolder(root),
            Menu = bot.Value.Menu,
            Texts = bot.Value.Texts,
            Flows = flows,
            Cards = cards,
            LinkSites = linkSites,
            OfficialSites = officialSites,
            Communes = communes,
            Lexicon = lexicon,
            YesWords = bot.Value.YesWords,
            NoWords = bot.Value.NoWords,
            Commands = bot.Value.Commands,
            Routing = bot.Value.Routing,
            ChannelRules = bot.Value.ChannelRules,
            Understanding = understanding,
            Path = root,
            LoadedAt = (time ?? TimeProvider.System).GetUtcNow(),
        };
        return (bundle, diagnostics);
    }

    /// <summary>Largest content file accepted (the biggest shipped flow is about 40 KB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>True when <paramref name="id"/> is a valid flow or node id.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>A short hash over every content file's path and bytes.</summary>
    public static string HashFolder(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in ContentFiles(root))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>Every file that is part of the content (YAML and JSON), in a stable order.</summary>
    public static IEnumerable<string> ContentFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) ||
                        f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The text of every content file that passed <see cref="ContentFileCheck"/>, by full path.</summary>
    private static Dictionary<string, string> ReadContentFiles(string root, List<ContentDiagnostic> diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> files;
        try
        {
            files = ContentFiles(root).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation(".", 1, 1), DiagnosticSeverity.Error,
                "the content folder could not be listed: " + ex.Message, "check the folder exists and is readable, then save again"));
            return texts;
        }

        foreach (var file in files)
        {
            if (ContentFileCheck.Read(root, file, diagnostics) is { } text)
            {
                texts[file] = text;
            }
        }

        return texts;
    }

    private static List<ProcedureCard> ReadCards(string root, Dictionary<string, string> texts, List<ContentDiagnostic> diagnostics)
    {
        var folder = Path.Combine(root, ProcedureFileReader.Folder);
        var cards = new List<ProcedureCard>();
        if (!Directory.Exists(folder))
        {
            return cards;
        }

        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (texts.TryGetValue(file, out var text) && ProcedureFileReader.Read(root, file, text, diagnostics) is { } card)
            {
                cards.Add(card);
            }
        }

        return cards;
    }

    private static IReadOnlyDictionary<string, string> ReadLexicon(string root, Dictionary<string, string> texts, List<ContentDiagnostic> diagnostics)
    {
        var file = Path.Combine(root, "lexicon.yaml");
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!texts.TryGetValue(file, out var content))
        {
            return lexicon; // absent, or refused by ContentFileCheck (reported there)
        }

        var reader = YamlReader.ForContentFile(root, file, diagnostics);
        var map = reader.LoadRoot(content);
        if (map is null)
        {
            return lexicon;
        }

        reader.CheckKeys(map, "$schema", "abbreviations");
        if (reader.Get(map, "abbreviations") is YamlMappingNode entries)
        {
            foreach (var (key, value) in entries.Children)
            {
                if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                {
                    lexicon[VietnameseText.Fold(k)] = VietnameseText.Fold(v);
                }
                else
                {
                    reader.Error(key, "each abbreviation must be written as 'short: full words'");
                }
            }
        }

        return lexicon;
    }

    private static void CheckNfc(string root, Dictionary<string, string> texts, List<ContentDiagnostic> diagnostics)
    {
        foreach (var (file, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!VietnameseText.IsNfc(lines[i]))
                {
                    diagnostics.Add(new ContentDiagnostic(
                        new SourceLocation(Path.GetRelativePath(root, file), i + 1, 1), DiagnosticSeverity.Error,
                        "text is not in Unicode NFC (letters and tone marks stored separately)",
                        "retype the line, or save the file as UTF-8 NFC (VS Code: 'Normalize to NFC')"));
                }
            }
        }
    }
}
