namespace Bot.Dialogs.Content;

/// <summary>One step of a flow: a message, its buttons, and the facts behind it.</summary>
public sealed record NodeDefinition
{
    public required string Id { get; init; }

    public required LocalizedText Text { get; init; }

    public IReadOnlyList<ButtonDefinition> Buttons { get; init; } = [];

    /// <summary>Question key: buttons with an <c>answer</c> record their value under it.</summary>
    public string? Ask { get; init; }

    /// <summary>Name of an input handler that receives free text typed at this node (e.g. "scam_check").</summary>
    public string? Input { get; init; }

    /// <summary>Source URLs of the facts this node states.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>When the facts were last checked against the sources.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>What a person compared the facts with when setting <see cref="Reviewed"/> (free text).</summary>
    public string? CheckedAgainst { get; init; }

    /// <summary>True when the node states facts (then it needs sources and a reviewed date).</summary>
    public bool IsFact { get; init; }

    /// <summary>Phrases that route free text straight to this step (e.g. "quên mật khẩu vneid").</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>When true (the default) the engine adds "back" and "main menu" buttons.</summary>
    public bool ShowNavigation { get; init; } = true;

    /// <summary>
    /// True when the step shows the police contact of the commune the resident chose (answer
    /// <see cref="AnswerKeys.Area"/>), or offers to choose one.
    /// </summary>
    public bool CommuneContact { get; init; }

    /// <summary>The procedure card this step was compiled from; null for steps written in a flow file.</summary>
    public string? CardId { get; init; }

    /// <summary>A name for the step on its own (a card's title), used when free text offers it as a choice.</summary>
    public LocalizedText? Title { get; init; }

    public SourceLocation Location { get; init; }
}
