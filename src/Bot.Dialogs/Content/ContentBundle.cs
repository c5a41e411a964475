namespace Bot.Dialogs.Content;

/// <summary>One loaded, checked version of everything in the content folder.</summary>
public sealed record ContentBundle
{
    /// <summary>Short hash of every content file; changes whenever any file changes.</summary>
    public required string Version { get; init; }

    public required MenuDefinition Menu { get; init; }

    public required IReadOnlyDictionary<string, LocalizedText> Texts { get; init; }

    /// <summary>Flows by id, in file-name order.</summary>
    public required IReadOnlyDictionary<string, FlowDefinition> Flows { get; init; }

    /// <summary>Procedure cards (<c>procedures/*.yaml</c>), in file-name order; their steps are already in <see cref="Flows"/>.</summary>
    public IReadOnlyList<ProcedureCard> Cards { get; init; } = [];

    /// <summary>Sites that links shown to residents may point to (<c>allowed-links.yaml</c>, <c>sites:</c>).</summary>
    public SiteList LinkSites { get; init; } = new(AllowedLinksReader.DefaultSites);

    /// <summary>Sites whose pages count as official sources (<c>allowed-links.yaml</c>, <c>official:</c>).</summary>
    public SiteList OfficialSites { get; init; } = new(AllowedLinksReader.DefaultOfficial);

    /// <summary>The communes of <c>areas.yaml</c> with their police contacts, for the contact step.</summary>
    public CommuneDirectory Communes { get; init; } = CommuneDirectory.Empty;

    /// <summary>Abbreviations and common misspellings, folded form → folded replacement (e.g. "ko" → "khong").</summary>
    public IReadOnlyDictionary<string, string> Lexicon { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that say yes or no to a question, folded (e.g. "co", "vang", "ok").</summary>
    public IReadOnlyList<string> YesWords { get; init; } = [];

    /// <summary>Words that say no, folded.</summary>
    public IReadOnlyList<string> NoWords { get; init; } = [];

    /// <summary>Typed words that act as global commands, folded phrase → command name (see <see cref="Engine.Commands"/>).</summary>
    public IReadOnlyDictionary<string, string> Commands { get; init; } = new Dictionary<string, string>();

    /// <summary>Free-text routing thresholds.</summary>
    public Text.RoutingOptions Routing { get; init; } = new();

    /// <summary>Buttons each channel cannot serve, hidden there (<c>bot.yaml</c>, <c>channel_rules:</c>).</summary>
    public ChannelRules ChannelRules { get; init; } = ChannelRules.None;

    /// <summary>Navigation phrasings and the out-of-scope class (<c>understanding.yaml</c>).</summary>
    public Understanding.UnderstandingContent Understanding { get; init; } = Dialogs.Understanding.UnderstandingContent.Empty;

    /// <summary>Folder the bundle was loaded from.</summary>
    public string Path { get; init; } = "";

    /// <summary>When the bundle was loaded.</summary>
    public DateTimeOffset LoadedAt { get; init; }

    /// <summary>The text for <paramref name="key"/> in <paramref name="locale"/>.</summary>
    public string Text(string key, string locale) =>
        Texts.TryGetValue(key, out var text) ? text.Get(locale) : key;

    /// <summary>The flow with <paramref name="id"/>, or null.</summary>
    public FlowDefinition? FindFlow(string? id) =>
        id is not null && Flows.TryGetValue(id, out var flow) ? flow : null;

    /// <summary>The procedure card with <paramref name="id"/>, or null.</summary>
    public ProcedureCard? FindCard(string? id) => Cards.FirstOrDefault(c => c.Id == id);

    /// <summary>True when every source is on the official list (false without sources).</summary>
    public bool AllOfficial(IReadOnlyList<string> sources) => sources.Count > 0 && sources.All(OfficialSites.AllowsUrl);

    /// <summary>True when at least one source is on the official list.</summary>
    public bool AnyOfficial(IReadOnlyList<string> sources) => sources.Any(OfficialSites.AllowsUrl);
}
