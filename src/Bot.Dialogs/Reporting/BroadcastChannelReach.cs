namespace Bot.Dialogs.Reporting;

/// <summary>One channel's reach of a broadcast, for the dashboard: every subscriber in exactly one part.</summary>
/// <param name="Channel">"telegram", "zalo-oa"…</param>
/// <param name="Subscribers">Subscribers on the channel.</param>
/// <param name="Reached">Delivered, by message type ("cs", "promotion", "message").</param>
/// <param name="Waiting">Scheduled for later, by reason ("night", "daily-limit").</param>
/// <param name="Skipped">Not reachable, by reason ("not-following", "quota-exhausted").</param>
/// <param name="Failed">Gave up after retries.</param>
/// <param name="NotYetTried">Queued, not tried yet.</param>
public sealed record BroadcastChannelReach(
    string Channel,
    int Subscribers,
    IReadOnlyDictionary<string, int> Reached,
    IReadOnlyDictionary<string, int> Waiting,
    IReadOnlyDictionary<string, int> Skipped,
    int Failed,
    int NotYetTried);
