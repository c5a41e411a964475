namespace Bot.Operations.Analytics;

/// <summary>Where the anonymous day counters live (in memory, or Redis hashes with a TTL).</summary>
public interface IAnalyticsStore
{
    /// <summary>"in-memory" or "redis", for the dashboard.</summary>
    string Name { get; }

    /// <summary>Adds a batch of increments. Fallback phrases beyond the daily cap go to <see cref="AnalyticsCounters.OtherPhrases"/>.</summary>
    Task AddAsync(IReadOnlyCollection<AnalyticsIncrement> increments, CancellationToken cancellationToken);

    /// <summary>The counters of each day from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    Task<IReadOnlyList<AnalyticsDay>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
