namespace Bot.LoadTest;

/// <summary>Nearest-rank percentiles of latencies in milliseconds (p50 of 1..100 is 50, p99 is 99).</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary From(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = values.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    /// <summary>The smallest value with at least <paramref name="p"/> percent of the values at or below it.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sorted.Length);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
