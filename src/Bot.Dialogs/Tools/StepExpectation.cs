namespace Bot.Dialogs.Tools;

/// <summary>What must hold after a step (every part optional).</summary>
/// <param name="At">"flow/node" or "menu": where the conversation stands after the turn.</param>
/// <param name="Contains">Each must appear in some reply text (case-insensitive).</param>
/// <param name="NotContains">None may appear in any reply text (case-insensitive).</param>
/// <param name="Buttons">Labels that must be offered (exact; others may be offered too).</param>
public sealed record StepExpectation(
    string? At,
    IReadOnlyList<string> Contains,
    IReadOnlyList<string> NotContains,
    IReadOnlyList<string> Buttons);
