using Bot.Dialogs.Content;
using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tools;

/// <summary>The bundle under check, where it came from, and where findings go.</summary>
internal sealed class ValidationContext(ContentBundle bundle, string root, List<ContentDiagnostic> diagnostics)
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public ContentBundle Bundle { get; } = bundle;

    public string Root { get; } = root;

    /// <summary>The menu's location (bot.yaml).</summary>
    public SourceLocation MenuLocation => Bundle.Menu.Location;

    public void Error(SourceLocation at, string message, string fix, string? fixVi = null) =>
        diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error, message, fix) { FixVi = fixVi });

    public void Warning(SourceLocation at, string message, string fix) =>
        diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Warning, message, fix));

    /// <summary>Every resident-facing text with where it was written (for length, language and term checks).</summary>
    /// <remarks><c>FromCard</c> marks texts of steps compiled from procedure cards, whose rules are stricter.</remarks>
    public IEnumerable<(string What, LocalizedText Text, SourceLocation At, bool IsLabel, bool FromCard)> ResidentTexts()
    {
        yield return ("the menu text", Bundle.Menu.Text, MenuLocation, false, false);
        foreach (var button in Bundle.Menu.Buttons)
        {
            yield return ($"the menu button '{button.Key}'", button.Label, button.Location, true, false);
        }

        foreach (var (key, text) in Bundle.Texts)
        {
            var botFile = LocateKey("bot.yaml", key);
            var isLabel = key is TextKeys.BackLabel or TextKeys.MenuLabel;
            yield return ($"the text '{key}'", text, botFile, isLabel, false);
        }

        foreach (var flow in Bundle.Flows.Values)
        {
            yield return ($"the title of flow '{flow.Id}'", flow.Title, flow.Location, false, false);
            foreach (var node in flow.Nodes)
            {
                var step = Describe(node);
                var fromCard = node.CardId is not null;
                yield return (step, node.Text, node.Location, false, fromCard);
                foreach (var button in node.Buttons)
                {
                    yield return ($"the button '{button.Key}' of {step}", button.Label, button.Location, true, fromCard);
                }
            }
        }
    }

    /// <summary>"step 'intro'", or for a step compiled from a card "card 'passport' (summary)" / "card 'passport' (documents)".</summary>
    public string Describe(NodeDefinition node)
    {
        if (node.CardId is null || Bundle.FindCard(node.CardId) is not { } card)
        {
            return $"step '{node.Id}'";
        }

        var section = card.Sections.FirstOrDefault(s => card.StepId(s.Kind) == node.Id);
        return $"card '{card.Id}' ({(section is null ? "summary" : CardSections.Key(section.Kind))})";
    }

    /// <summary>
    /// The exact line and column of <paramref name="foldedPhrase"/> at or after <paramref name="from"/>
    /// (comment lines skipped), so a finding inside a long step points at the words themselves.
    /// </summary>
    public SourceLocation Locate(SourceLocation from, string foldedPhrase)
    {
        var lines = Lines(from.File);
        for (var i = Math.Max(0, from.Line - 1); i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (FoldedSearch.IndexOf(lines[i], foldedPhrase) is { } column)
            {
                return new SourceLocation(from.File, i + 1, column + 1);
            }
        }

        return from;
    }

    /// <summary>The line where <c>key:</c> is written in <paramref name="relativeFile"/>, or its first line.</summary>
    public SourceLocation LocateKey(string relativeFile, string key)
    {
        var lines = Lines(relativeFile);
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return new SourceLocation(relativeFile, i + 1, lines[i].Length - trimmed.Length + 1);
            }
        }

        return new SourceLocation(relativeFile, 1, 1);
    }

    private string[] Lines(string relativeFile)
    {
        if (!_lines.TryGetValue(relativeFile, out var lines))
        {
            var path = Path.Combine(Root, relativeFile);
            lines = File.Exists(path) ? File.ReadAllLines(path) : [];
            _lines[relativeFile] = lines;
        }

        return lines;
    }
}
