using Bot.Dialogs.Content;

namespace Bot.Dialogs.Engine;

/// <summary>
/// Turns procedure cards into ordinary steps of their topic flow, so everything a flow step has
/// (the Stateless machine, buttons and typed numbers, both languages, back and menu, routing, deep
/// links, QR codes, conversation tests, diagrams, preview) works for cards without a line of its own.
/// </summary>
/// <remarks>
/// A card <c>passport</c> in topic <c>services</c> becomes step <c>services/passport</c> (the
/// overview: heading, summary, one button per section in the fixed order) and one step per section
/// (<c>passport_docs</c>, <c>passport_fee</c>, <c>passport_online</c>, <c>passport_office</c>,
/// <c>passport_note</c>), each with a button back to the overview; the engine adds Back and Main
/// menu as on every step. The card's examples route to the overview.
/// </remarks>
public static class CardCompiler
{
    /// <summary>Key of the button that leads from a section back to the card's overview.</summary>
    public const string OverviewButtonKey = "card";

    /// <summary>Printed before a card's heading.</summary>
    public const string HeadingMark = "📋 ";

    /// <summary>Printed before the card's title on the button back to the overview.</summary>
    public const string BackToCardMark = "↩ ";

    /// <summary>
    /// The flows with each card's steps appended to its topic flow. Cards that cannot be placed
    /// (unknown topic, an id already taken) are reported and left out.
    /// </summary>
    public static Dictionary<string, FlowDefinition> Attach(
        IReadOnlyDictionary<string, FlowDefinition> flows,
        IReadOnlyList<ProcedureCard> cards,
        List<ContentDiagnostic> diagnostics)
    {
        var added = new Dictionary<string, List<NodeDefinition>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, ProcedureCard>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            if (owners.TryGetValue(card.Id, out var first))
            {
                Error(diagnostics, card.Location, $"card id '{card.Id}' is already used by {first.Location.File}", "give each card its own id");
                continue;
            }

            owners[card.Id] = card;
            if (!flows.TryGetValue(card.Topic, out var topic))
            {
                Error(diagnostics, card.Location, $"topic '{card.Topic}' is not a flow{DidYouMean.Hint(card.Topic, flows.Keys)}",
                    "use the id of a file in flows/, e.g. eid, services or welfare");
                continue;
            }

            var steps = added.TryGetValue(topic.Id, out var list) ? list : added[topic.Id] = [];
            if (Clash(card, topic, steps) is { } clash)
            {
                Error(diagnostics, card.Location, clash, "choose a card id whose steps ('<id>', '<id>_docs' …) are not already steps of the flow");
                continue;
            }

            steps.AddRange(Compile(card));
        }

        var result = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        foreach (var (id, flow) in flows)
        {
            result[id] = added.TryGetValue(id, out var steps) && steps.Count > 0
                ? flow with { Nodes = [.. flow.Nodes, .. steps] }
                : flow;
        }

        return result;
    }

    /// <summary>The steps of one card: the overview, then one per section.</summary>
    public static IReadOnlyList<NodeDefinition> Compile(ProcedureCard card)
    {
        var overview = new NodeDefinition
        {
            Id = card.Id,
            Text = Join(Heading(card.Title, null), card.Summary),
            Buttons = card.Sections.Select(s => new ButtonDefinition
            {
                Key = CardSections.StepSuffix(s.Kind),
                Label = CardSections.Label(s.Kind),
                Goto = card.StepId(s.Kind),
                Location = s.Location,
            }).ToList(),
            Examples = card.Examples,
            Title = card.Title,
            Location = card.SummaryLocation,
        };

        var back = new ButtonDefinition
        {
            Key = OverviewButtonKey,
            Label = new LocalizedText(BackToCardMark + card.Title.Vi, BackToCardMark + (card.Title.En ?? card.Title.Vi)),
            Goto = card.Id,
            Location = card.TitleLocation,
        };

        var steps = new List<NodeDefinition> { WithFacts(overview, card) };
        foreach (var section in card.Sections)
        {
            steps.Add(WithFacts(new NodeDefinition
            {
                Id = card.StepId(section.Kind),
                Text = Join(Heading(card.Title, CardSections.Label(section.Kind)), section.Text),
                Buttons = [back],
                Location = section.Location,
            }, card));
        }

        return steps;
    }

    private static NodeDefinition WithFacts(NodeDefinition node, ProcedureCard card) => node with
    {
        IsFact = true,
        Sources = card.Sources,
        Reviewed = card.Reviewed,
        CheckedAgainst = card.CheckedAgainst,
        CardId = card.Id,
    };

    /// <summary>"📋 Làm hộ chiếu" or "📋 Làm hộ chiếu · Giấy tờ cần có", in both languages.</summary>
    private static LocalizedText Heading(LocalizedText title, LocalizedText? section)
    {
        string Line(string titleText, string? sectionText) =>
            HeadingMark + titleText + (sectionText is null ? "" : " · " + sectionText);

        return new LocalizedText(Line(title.Vi, section?.Vi), Line(title.En ?? title.Vi, section?.En ?? section?.Vi));
    }

    /// <summary>The heading above the text; English only when the text has English (otherwise English readers see Vietnamese).</summary>
    private static LocalizedText Join(LocalizedText heading, LocalizedText text) =>
        new(heading.Vi + "\n" + text.Vi, text.En is null ? null : heading.En + "\n" + text.En);

    private static string? Clash(ProcedureCard card, FlowDefinition topic, List<NodeDefinition> earlierCards)
    {
        foreach (var step in card.StepIds())
        {
            if (topic.Nodes.FirstOrDefault(n => n.Id == step) is { } written)
            {
                return $"card '{card.Id}' needs step id '{step}', which flow '{topic.Id}' already has ({written.Location})";
            }

            if (earlierCards.FirstOrDefault(n => n.Id == step) is { } other)
            {
                return $"card '{card.Id}' needs step id '{step}', which card '{other.CardId}' already uses ({other.Location.File})";
            }
        }

        return null;
    }

    private static void Error(List<ContentDiagnostic> diagnostics, SourceLocation at, string message, string fix) =>
        diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error, message, fix));
}
