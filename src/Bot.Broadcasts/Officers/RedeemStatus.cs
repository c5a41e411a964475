namespace Bot.Broadcasts.Officers;

/// <summary>What happened to an invite code sent with <c>/canbo</c>.</summary>
public enum RedeemStatus
{
    Bound,
    Unknown,
    AlreadyUsed,
    Expired,
    TooManyAttempts,
}
