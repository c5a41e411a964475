namespace Bot.Broadcasts.Alerts;

/// <summary>Where one alert stands on one channel: every subscriber is in exactly one of reached, waiting, skipped, failed or not yet tried.</summary>
/// <param name="Channel">"telegram", "zalo-oa", "zalo-bot".</param>
/// <param name="Subscribers">Subscribers the alert was queued for on this channel.</param>
/// <param name="Reached">Delivered, by message type ("cs", "promotion", "transaction"; "message" on channels without types).</param>
/// <param name="Waiting">Scheduled for later, by reason ("night", "daily-limit", "quota", "quiet-hours").</param>
/// <param name="Skipped">Not reachable, by reason ("not-following", "blocked", "quota-exhausted", "no-allowed-type"…).</param>
/// <param name="Failed">Gave up after retries.</param>
public sealed record ChannelReach(
    string Channel,
    long Subscribers,
    IReadOnlyDictionary<string, long> Reached,
    IReadOnlyDictionary<string, long> Waiting,
    IReadOnlyDictionary<string, long> Skipped,
    long Failed)
{
    public long ReachedTotal => Reached.Values.Sum();

    public long WaitingTotal => Waiting.Values.Sum();

    public long SkippedTotal => Skipped.Values.Sum();

    /// <summary>Queued and not tried yet (or being sent right now).</summary>
    public long NotYetTried => Math.Max(0, Subscribers - ReachedTotal - WaitingTotal - SkippedTotal - Failed);

    /// <summary>The per-channel reach of an alert from its counters hash ('t:ch', 'via:ch:type', 'wait:ch:reason', 'skip:ch:reason', 'fail:ch').</summary>
    public static IReadOnlyList<ChannelReach> FromCounters(IReadOnlyDictionary<string, long> counters)
    {
        var channels = counters.Keys.Where(k => k.StartsWith("t:", StringComparison.Ordinal)).Select(k => k[2..]).Order(StringComparer.Ordinal);
        return channels.Select(ch => new ChannelReach(
            ch,
            counters.GetValueOrDefault("t:" + ch),
            Part(counters, "via:" + ch + ":"),
            Part(counters, "wait:" + ch + ":"),
            Part(counters, "skip:" + ch + ":"),
            counters.GetValueOrDefault("fail:" + ch))).ToList();
    }

    private static Dictionary<string, long> Part(IReadOnlyDictionary<string, long> counters, string prefix) =>
        counters.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value > 0)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key[prefix.Length..], e => e.Value, StringComparer.Ordinal);
}
