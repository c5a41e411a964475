namespace Bot.Dialogs.Content;

/// <summary>A button under a node's message.</summary>
/// <remarks>
/// Exactly one target: <see cref="Goto"/> (a node of the same flow), <see cref="Flow"/> (another
/// flow's start, or <c>flow.node</c>), <see cref="Url"/>, <see cref="Action"/>, <see cref="Next"/>
/// (guarded rules), or <see cref="PlugInPayload"/>. <see cref="Answer"/> optionally records a value for the node's question first.
/// </remarks>
public sealed record ButtonDefinition
{
    /// <summary>Stable key within the node, used in payloads so old buttons survive edits that reorder them.</summary>
    public required string Key { get; init; }

    public required LocalizedText Label { get; init; }

    public string? Goto { get; init; }

    /// <summary>Target flow id, optionally with a node: "welfare" or "welfare.link_steps".</summary>
    public string? Flow { get; init; }

    public string? Url { get; init; }

    public ButtonAction Action { get; init; }

    /// <summary>Value recorded under the node's <c>ask</c> key when pressed.</summary>
    public string? Answer { get; init; }

    public IReadOnlyList<BranchRule> Next { get; init; } = [];

    /// <summary>
    /// A payload handed as-is to plug-ins (e.g. <c>s:start</c> opens alert subscriptions): the
    /// button belongs to a feature outside the dialog scripts, and the engine never fires it.
    /// </summary>
    public string? PlugInPayload { get; init; }

    public SourceLocation Location { get; init; }
}
