namespace Bot.Broadcasts.Delivery;

/// <summary>What the delivery worker does next with one message, as decided by <see cref="DeliveryPolicy"/>.</summary>
/// <param name="Action">Record a final status, pause the whole channel, or retry this message.</param>
/// <param name="Status">The recipient's final status (<see cref="Alerts.RecipientStatus"/>) when <see cref="DeliveryAction.Complete"/>.</param>
/// <param name="Wait">How long to pause the channel, or to wait before the retry.</param>
/// <param name="Unsubscribe">True when the recipient can never be reached again, so their subscription goes.</param>
public sealed record DeliveryDecision(DeliveryAction Action, string Status, TimeSpan Wait, bool Unsubscribe)
{
    /// <summary>The message is finished with <paramref name="status"/>.</summary>
    public static DeliveryDecision Complete(string status, bool unsubscribe = false) => new(DeliveryAction.Complete, status, TimeSpan.Zero, unsubscribe);

    /// <summary>The platform asked every sender on the channel to wait <paramref name="wait"/>.</summary>
    public static DeliveryDecision PauseChannel(TimeSpan wait) => new(DeliveryAction.PauseChannel, "", wait, false);

    /// <summary>Try this message again after <paramref name="wait"/>.</summary>
    public static DeliveryDecision Retry(TimeSpan wait) => new(DeliveryAction.Retry, "", wait, false);
}
