namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>
/// One entry of the misunderstood inbox: a message (masked by the privacy guard) that fell back or
/// whose "which do you mean?" the resident left unanswered, with every variant that folds to the same text counted together.
/// </summary>
/// <param name="Id">Stable id of the folded text (<see cref="MissKey"/>).</param>
/// <param name="Text">The masked text as first seen (diacritics kept, personal numbers starred).</param>
/// <param name="Count">How many times residents sent it.</param>
/// <param name="FirstSeen">When it was first sent.</param>
/// <param name="LastSeen">When it was last sent.</param>
/// <param name="Suggestions">The router's best topics for it at the last sighting, best first (at most three).</param>
public sealed record MissedMessage(
    string Id,
    string Text,
    long Count,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<MissSuggestion> Suggestions);
