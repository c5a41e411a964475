namespace Bot.Broadcasts.Subscriptions;

/// <summary>What one resident (one chat on one channel) receives: one commune/ward and some topics.</summary>
/// <param name="AreaId">The commune or ward (an id from <c>areas.yaml</c>).</param>
/// <param name="Topics">Topic ids from <see cref="Alerts.Topics"/>; never empty.</param>
/// <param name="Locale">"vi" or "en": the language of the alert's frame and labels (the officer's text is sent as written).</param>
public sealed record Subscription(string AreaId, IReadOnlyList<string> Topics, string Locale = "vi");
