namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>One of the router's best guesses for a message it did not understand.</summary>
/// <param name="Flow">The flow id.</param>
/// <param name="Node">The step id when a step's own examples matched best; null for the flow's start.</param>
/// <param name="Score">Similarity, 0–1, two decimals.</param>
public sealed record MissSuggestion(string Flow, string? Node, double Score);
