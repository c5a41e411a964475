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

    /// <summary>True when the node states facts (then it needs sources and a reviewed date).</summary>
    public bool IsFact { get; init; }

    /// <summary>Phrases that route free text straight to this step (e.g. "quên mật khẩu vneid").</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>When true (the default) the engine adds "back" and "main menu" buttons.</summary>
    public bool ShowNavigation { get; init; } = true;

    public SourceLocation Location { get; init; }
}
