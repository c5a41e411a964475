namespace Bot.Operations.Analytics;

/// <summary>All counters of one day: counter name → field → count.</summary>
public sealed record AnalyticsDay(DateOnly Day, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Counters)
{
    private static readonly IReadOnlyDictionary<string, long> Empty = new Dictionary<string, long>();

    /// <summary>The fields of one counter (empty when nothing was counted).</summary>
    public IReadOnlyDictionary<string, long> Get(string counter) =>
        Counters.TryGetValue(counter, out var fields) ? fields : Empty;
}
