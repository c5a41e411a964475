namespace Bot.Broadcasts.Delivery;

/// <summary>The kinds of <see cref="DeliveryDecision"/>.</summary>
public enum DeliveryAction
{
    /// <summary>Record the final status and acknowledge the queue entry.</summary>
    Complete,

    /// <summary>Pause the channel for every instance, then try again.</summary>
    PauseChannel,

    /// <summary>Wait, then try this message again.</summary>
    Retry,

    /// <summary>Park the message in the held set until later (the platform's "not now").</summary>
    Hold,
}
