namespace Bot.Host.Inbox;

/// <summary>What <see cref="MissAssigner.AssignAsync"/> did.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Version">The content version in force afterwards.</param>
/// <param name="Problems">What to fix, for <see cref="AssignStatus.UnknownTarget"/> and <see cref="AssignStatus.Refused"/>.</param>
public sealed record AssignResult(AssignStatus Status, string Version, IReadOnlyList<string> Problems);
