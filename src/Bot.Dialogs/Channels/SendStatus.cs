namespace Bot.Dialogs.Channels;

/// <summary>What happened to one outgoing message.</summary>
public enum SendStatus
{
    /// <summary>The platform accepted it.</summary>
    Sent,
    /// <summary>The resident blocked the bot (Telegram 403): stop sending to them.</summary>
    Blocked,
    /// <summary>The platform does not allow messaging this user now (Zalo: outside the window, not a follower).</summary>
    Unreachable,
    /// <summary>Too many requests: wait <see cref="SendOutcome.RetryAfter"/> and try again.</summary>
    RateLimited,
    /// <summary>A transient failure (5xx, timeout): may be retried with backoff.</summary>
    TransientFailure,
    /// <summary>A permanent failure (bad request): do not retry.</summary>
    Failed,
    /// <summary>Not now (Zalo: promotion at night, quota paused): try again after <see cref="SendOutcome.RetryAfter"/>; nothing was sent.</summary>
    Deferred,
}
