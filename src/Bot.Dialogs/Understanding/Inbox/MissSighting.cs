namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>One more time a resident sent a message the bot did not understand, already masked.</summary>
/// <param name="Id">The folded text's id (<see cref="MissKey.Of"/>).</param>
/// <param name="Text">The masked text.</param>
/// <param name="Suggestions">The router's best topics, best first.</param>
/// <param name="At">When it was sent.</param>
public sealed record MissSighting(string Id, string Text, IReadOnlyList<MissSuggestion> Suggestions, DateTimeOffset At);
