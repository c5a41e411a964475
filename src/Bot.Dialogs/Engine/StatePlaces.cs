using Bot.Dialogs.Content;

namespace Bot.Dialogs.Engine;

/// <summary>Every step state of one content version with its flow and node, indexed once.</summary>
/// <remarks>
/// A turn used to split its state into new flow and node strings and join the record's flow and node
/// into a new state string, several times per turn (for the state, and for every state in the history).
/// Looking them up here hands out the strings the index keeps instead, so a turn allocates none. A state
/// the index does not hold (none is expected) goes the old way, so answers are the same either way.
/// </remarks>
internal sealed class StatePlaces
{
    private readonly ContentBundle _content;
    private readonly Dictionary<string, (string Flow, string Node)> _byState = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _byFlow = new(StringComparer.Ordinal);

    public StatePlaces(ContentBundle content)
    {
        _content = content;
        foreach (var (flowId, flow) in content.Flows)
        {
            if (flowId.Contains('/'))
            {
                continue; // "a/b/c" splits at its first slash: such a flow's states are left to the old way
            }

            var states = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var node in flow.Nodes)
            {
                if (states.ContainsKey(node.Id) || !ReferenceEquals(flow.FindNode(node.Id), node))
                {
                    continue; // a repeated id: FindNode answers with the first
                }

                var state = StateKeys.Node(flowId, node.Id);
                states[node.Id] = state;
                _byState[state] = (flowId, node.Id);
            }

            _byFlow[flowId] = states;
        }
    }

    /// <summary>The same as <see cref="StateKeys.Split"/>, with the index's strings for a known step.</summary>
    public (string? Flow, string? Node) Split(string state) =>
        _byState.TryGetValue(state, out var parts) ? parts : StateKeys.Split(state);

    /// <summary>The state of <paramref name="node"/> in <paramref name="flow"/>, or null when the content has no such step.</summary>
    public string? StateOf(string flow, string? node)
    {
        if (_byFlow.TryGetValue(flow, out var states))
        {
            return states.GetValueOrDefault(node ?? "");
        }

        return _content.FindFlow(flow)?.FindNode(node ?? "") is not null ? StateKeys.Node(flow, node!) : null;
    }

    /// <summary>True for the menu and for every step of the content.</summary>
    public bool IsKnown(string state)
    {
        if (state == StateKeys.Menu || _byState.ContainsKey(state))
        {
            return true;
        }

        var (flow, node) = StateKeys.Split(state);
        return _content.FindFlow(flow)?.FindNode(node ?? "") is not null;
    }

    /// <summary>True when every one of <paramref name="states"/> is known (a loop: no enumerator or delegate per turn).</summary>
    public bool AllKnown(IReadOnlyList<string> states)
    {
        for (var i = 0; i < states.Count; i++)
        {
            if (!IsKnown(states[i]))
            {
                return false;
            }
        }

        return true;
    }
}
