using Bot.Dialogs.Channels;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>The outcome of sending one OA message, with Zalo's message id when it was accepted.</summary>
public readonly record struct ZaloOaSendResult(SendOutcome Outcome, string? MessageId = null)
{
    /// <summary>Worth trying again later (rate limit, transient failure).</summary>
    public bool IsRetryable => Outcome.Status is SendStatus.RateLimited or SendStatus.TransientFailure;
}
