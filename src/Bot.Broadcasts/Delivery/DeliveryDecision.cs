namespace Bot.Broadcasts.Delivery;

/// <summary>What the delivery worker does next with one message, as decided by <see cref="DeliveryPolicy"/>.</summary>
/// <param name="Action">Record a final status, hold the message, pause the whole channel, or retry this message.</param>
/// <param name="Status">The recipient's final status (<see cref="Alerts.RecipientStatus"/>) when <see cref="DeliveryAction.Complete"/>.</param>
/// <param name="Wait">How long to hold the message, pause the channel, or wait before the retry.</param>
/// <param name="Unsubscribe">True when the recipient can never be reached again, so their subscription goes.</param>
/// <param name="Reason">Why the message waits or could not be delivered ("outside-window", "quota"), as the reach report shows it.</param>
public sealed record DeliveryDecision(DeliveryAction Action, string Status, TimeSpan Wait, bool Unsubscribe, string Reason = "")
{
    /// <summary>The message is finished with <paramref name="status"/>.</summary>
    public static DeliveryDecision Complete(string status, bool unsubscribe = false, string reason = "") =>
        new(DeliveryAction.Complete, status, TimeSpan.Zero, unsubscribe, reason);

    /// <summary>The platform asked every sender on the channel to wait <paramref name="wait"/>.</summary>
    public static DeliveryDecision PauseChannel(TimeSpan wait) => new(DeliveryAction.PauseChannel, "", wait, false);

    /// <summary>Try this message again after <paramref name="wait"/>.</summary>
    public static DeliveryDecision Retry(TimeSpan wait) => new(DeliveryAction.Retry, "", wait, false);

    /// <summary>The platform said "not now": the message waits <paramref name="wait"/> in the held set, counted as waiting for <paramref name="reason"/>.</summary>
    public static DeliveryDecision Hold(TimeSpan wait, string reason) => new(DeliveryAction.Hold, "", wait, false, reason);
}
