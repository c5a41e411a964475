using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Dialogs.Content;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// <c>examples.learned.yaml</c>: phrases editors assigned from the misunderstood inbox. Each becomes
/// one more example of its flow (or step) when content loads, so it routes like any written example.
/// </summary>
/// <remarks>
/// The file is part of the content, so every assignment is a new content version: validated,
/// kept for rollback and published like any edit. An entry naming a flow or step that does not
/// exist (or a flow typed text never opens) stops the load, like a broken <c>goto</c>.
/// </remarks>
public static class LearnedExamplesFile
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "examples.learned.yaml";

    private const string Header = """
        # yaml-language-server: $schema=schema/examples.learned.schema.json
        # Phrases residents typed that the bot did not understand, assigned to a topic by an editor from the
        # misunderstood inbox (dashboard, or `content assign`). Each one is one more example of its flow or step.
        # Written by the bot; you may delete an entry by hand (content/README.md, "The misunderstood inbox").
        # text: the message, personal numbers already starred · flow / node: where it leads · who: the admin key · when: UTC.

        """;

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file's path in <paramref name="root"/>.</summary>
    public static string PathIn(string root) => Path.Combine(root, FileName);

    /// <summary>Reads the entries (none when the file is missing); problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<(LearnedExample Example, SourceLocation At)> Read(string root, List<ContentDiagnostic> diagnostics)
    {
        var file = PathIn(root);
        var entries = new List<(LearnedExample, SourceLocation)>();
        if (!File.Exists(file))
        {
            return entries;
        }

        var reader = new YamlReader(FileName, diagnostics);
        using var text = File.OpenText(file);
        if (reader.LoadRoot(text) is not { } map)
        {
            return entries;
        }

        reader.CheckKeys(map, "$schema", "examples");
        foreach (var item in reader.Items(map, "examples"))
        {
            if (item is not YamlMappingNode entry)
            {
                reader.Error(item, "each example must have 'text:', 'flow:', 'who:' and 'when:' lines");
                continue;
            }

            reader.CheckKeys(entry, "text", "flow", "node", "who", "when");
            var phrase = reader.String(entry, "text", required: true);
            var flow = reader.String(entry, "flow", required: true);
            var node = reader.String(entry, "node");
            var who = reader.String(entry, "who", required: true);
            var whenText = reader.String(entry, "when", required: true);
            DateTimeOffset when = default;
            if (whenText is not null && !DateTimeOffset.TryParse(whenText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when))
            {
                reader.Error(entry, $"'when' must be a UTC time such as 2026-12-04T21:30:00Z, not '{whenText}'");
                continue;
            }

            if (string.IsNullOrWhiteSpace(phrase) || string.IsNullOrWhiteSpace(flow) || who is null || whenText is null)
            {
                continue;
            }

            entries.Add((new LearnedExample(phrase, flow, string.IsNullOrWhiteSpace(node) ? null : node, who, when), reader.At(entry)));
        }

        return entries;
    }

    /// <summary>
    /// <paramref name="flows"/> with every learned example added to its flow or step; an entry
    /// whose flow or step is unknown, or whose flow typed text never opens, is an error.
    /// </summary>
    public static Dictionary<string, FlowDefinition> Merge(
        IReadOnlyDictionary<string, FlowDefinition> flows,
        IEnumerable<(LearnedExample Example, SourceLocation At)> learned,
        List<ContentDiagnostic> diagnostics)
    {
        var merged = new Dictionary<string, FlowDefinition>(flows, StringComparer.Ordinal);
        foreach (var (example, at) in learned)
        {
            if (!merged.TryGetValue(example.Flow, out var flow))
            {
                diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error,
                    $"flow '{example.Flow}' does not exist{DidYouMean.Hint(example.Flow, merged.Keys)}",
                    "assign the phrase to an existing flow, or delete this entry"));
                continue;
            }

            if (!flow.Routable)
            {
                diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error,
                    $"flow '{example.Flow}' is never opened by typed text (routable: false)",
                    "assign the phrase to a flow residents can reach, or delete this entry"));
                continue;
            }

            if (example.Node is null)
            {
                merged[flow.Id] = flow with { Examples = [.. flow.Examples, example.Text] };
                continue;
            }

            if (flow.FindNode(example.Node) is not { } node)
            {
                diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error,
                    $"step '{example.Node}' does not exist in flow '{flow.Id}'{DidYouMean.Hint(example.Node, flow.Nodes.Select(n => n.Id))}",
                    "name a step of that flow, or leave 'node:' out to open the flow's start"));
                continue;
            }

            var nodes = flow.Nodes.Select(n => n.Id == node.Id ? n with { Examples = [.. n.Examples, example.Text] } : n).ToList();
            merged[flow.Id] = flow with { Nodes = nodes };
        }

        return merged;
    }

    /// <summary>The whole file for <paramref name="examples"/>: a header for editors, then one entry per example, text in NFC.</summary>
    public static string Write(IEnumerable<LearnedExample> examples)
    {
        var text = new StringBuilder(Header.ReplaceLineEndings("\n")).Append('\n');
        var any = false;
        foreach (var example in examples)
        {
            if (!any)
            {
                text.Append("examples:\n");
                any = true;
            }

            text.Append("  - text: ").Append(Quote(example.Text.Normalize(NormalizationForm.FormC))).Append('\n');
            text.Append("    flow: ").Append(example.Flow).Append('\n');
            if (example.Node is not null)
            {
                text.Append("    node: ").Append(example.Node).Append('\n');
            }

            text.Append("    who: ").Append(Quote(example.Who)).Append('\n');
            text.Append("    when: ").Append(example.When.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (!any)
        {
            text.Append("examples: []\n");
        }

        return text.ToString();
    }

    // A JSON string is a valid YAML double-quoted scalar: every quote, backslash and control character escaped.
    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);
}
