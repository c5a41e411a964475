namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>A "which do you mean?" waiting for the resident's pick; it becomes a miss when they pick none of <paramref name="Flows"/>.</summary>
/// <param name="Sighting">What is counted if the question goes unanswered (masked; <see cref="MissSighting.At"/> is when it was asked).</param>
/// <param name="Flows">The flows offered (and the router's best), any of which resolves it.</param>
public sealed record HeldQuestion(MissSighting Sighting, IReadOnlyList<string> Flows);
