namespace Bot.Channels.Telegram.Tests.Metrics;

/// <summary>
/// The instruments are process-wide, so tests that count them run alone, after the parallel ones:
/// another test's 429 must not be counted as this test's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
