namespace Bot.Dialogs.Channels;

/// <summary>The result of sending to one chat.</summary>
/// <param name="RetryAfter">For <see cref="SendStatus.RateLimited"/>: how long the platform asked to wait.</param>
/// <param name="Detail">A short operator-facing reason (never message text or personal data).</param>
/// <param name="Reason">A short code for reach reports ("not-following", "blocked", "quota", "outside-window"…); null when none applies.</param>
public readonly record struct SendOutcome(SendStatus Status, TimeSpan? RetryAfter = null, string? Detail = null, string? Reason = null)
{
    public static SendOutcome Sent { get; } = new(SendStatus.Sent);
}
