namespace Bot.Dialogs.Content;

/// <summary>A named condition over remembered answers, used by <c>next</c> rules (compiled to Stateless PermitIf guards).</summary>
/// <remarks>
/// Either a leaf (<see cref="Answer"/> with <see cref="Is"/> or <see cref="IsNot"/>) or a
/// combination (<see cref="All"/> / <see cref="Any"/>) of leaves.
/// </remarks>
public sealed record GuardDefinition
{
    public required string Name { get; init; }

    public string? Answer { get; init; }

    public string? Is { get; init; }

    public string? IsNot { get; init; }

    public IReadOnlyList<GuardDefinition> All { get; init; } = [];

    public IReadOnlyList<GuardDefinition> Any { get; init; } = [];

    /// <summary>Human-readable description used as the diagram label, e.g. "chip_card = yes".</summary>
    public string? Description { get; init; }

    public SourceLocation Location { get; init; }

    /// <summary>Evaluates the condition against the remembered answers.</summary>
    public bool Evaluate(IReadOnlyDictionary<string, string> answers)
    {
        if (All.Count > 0)
        {
            foreach (var g in All)
            {
                if (!g.Evaluate(answers))
                {
                    return false;
                }
            }

            return true;
        }

        if (Any.Count > 0)
        {
            foreach (var g in Any)
            {
                if (g.Evaluate(answers))
                {
                    return true;
                }
            }

            return false;
        }

        if (Answer is null)
        {
            return false;
        }

        answers.TryGetValue(Answer, out var value);
        if (Is is not null)
        {
            return string.Equals(value, Is, StringComparison.Ordinal);
        }

        return IsNot is not null && !string.Equals(value, IsNot, StringComparison.Ordinal);
    }
}
