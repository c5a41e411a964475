namespace Bot.Dialogs.Channels;

/// <summary>Why and since when a resident cannot be messaged on a channel.</summary>
/// <param name="Reason">Short operator-facing reason, e.g. "blocked", "outside-7-day-window", "unfollowed".</param>
/// <param name="Since">When it was recorded.</param>
public sealed record UnreachableMark(string Reason, DateTimeOffset Since);
