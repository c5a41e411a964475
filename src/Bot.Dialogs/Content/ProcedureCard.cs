namespace Bot.Dialogs.Content;

/// <summary>
/// One procedure ("how do I do X") as written in <c>content/procedures/&lt;id&gt;.yaml</c>: a card the
/// engine turns into an overview step and one step per section inside its topic flow.
/// </summary>
/// <remarks>The file format is agreed with the content editors; see content/README.md.</remarks>
public sealed record ProcedureCard
{
    /// <summary>1–16 characters [a-z0-9_]; also the id of the overview step.</summary>
    public required string Id { get; init; }

    /// <summary>The flow whose steps the card's steps become (e.g. "services").</summary>
    public required string Topic { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>At most 30 characters: the card's heading and the label of buttons that lead to it.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The overview: what it is, who it is for, online or in person.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>Phrases residents type, which route to the overview step.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>The sections present, in display order.</summary>
    public IReadOnlyList<CardSection> Sections { get; init; } = [];

    /// <summary>Plain names of the legal texts the procedure rests on.</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>Web pages the facts come from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The day a person checked the card against the source text.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>What that person compared the card with (free text).</summary>
    public string? CheckedAgainst { get; init; }

    /// <summary>Where the card starts (its file).</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Where <c>summary:</c> is written.</summary>
    public SourceLocation SummaryLocation { get; init; }

    /// <summary>Where <c>title:</c> is written.</summary>
    public SourceLocation TitleLocation { get; init; }

    /// <summary>The id of the step a section becomes ("passport_docs").</summary>
    public string StepId(CardSectionKind kind) => Id + "_" + CardSections.StepSuffix(kind);

    /// <summary>Every step id the card occupies in its topic flow, overview first.</summary>
    public IEnumerable<string> StepIds() => Sections.Select(s => StepId(s.Kind)).Prepend(Id);
}
