namespace Bot.Dialogs.Content;

/// <summary>One guided dialog, as written in one YAML file.</summary>
public sealed record FlowDefinition
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>Example phrases (Vietnamese or English) that route free text to this flow.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>The node a flow starts at.</summary>
    public required string Start { get; init; }

    public IReadOnlyDictionary<string, GuardDefinition> Guards { get; init; } = new Dictionary<string, GuardDefinition>();

    /// <summary>The steps: those of the flow file, then those compiled from its procedure cards.</summary>
    public required IReadOnlyList<NodeDefinition> Nodes
    {
        get => _nodes;
        init
        {
            _nodes = value;
            _byId = null; // a copy made with 'with { Nodes = … }' must not keep the old index
        }
    }

    private IReadOnlyList<NodeDefinition> _nodes = [];

    /// <summary>When false, free text is not routed here (e.g. officer-only flows).</summary>
    public bool Routable { get; init; } = true;

    public SourceLocation Location { get; init; }

    private Dictionary<string, NodeDefinition>? _byId;

    /// <summary>The node with <paramref name="id"/>, or null (looked up on every turn, so indexed once).</summary>
    public NodeDefinition? FindNode(string id)
    {
        var index = _byId ??= Nodes.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return index.GetValueOrDefault(id);
    }
}
