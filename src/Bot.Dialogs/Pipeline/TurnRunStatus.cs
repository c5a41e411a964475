namespace Bot.Dialogs.Pipeline;

/// <summary>What became of one inbound update handed to <see cref="TurnProcessor.RunTurnAsync"/>.</summary>
public enum TurnRunStatus
{
    /// <summary>The turn was committed and its answer delivered to the sink.</summary>
    Answered,

    /// <summary>The update had been processed before; the sink got the answer kept from the first time.</summary>
    Replayed,

    /// <summary>The update had been processed before; nothing was delivered (the resident already has the answer).</summary>
    AlreadyAnswered,

    /// <summary>The turn failed for a reason that is not the store's: logged with its turn id, counted, one apology delivered.</summary>
    Apologised,

    /// <summary>
    /// Nothing was processed (the store is down, or the version race was lost too often). The channel
    /// must not acknowledge the update: a webhook answers 5xx, a poller leaves it unconfirmed, the web
    /// chat answers 503; delivered again later, it is processed once.
    /// </summary>
    RetryLater,
}
