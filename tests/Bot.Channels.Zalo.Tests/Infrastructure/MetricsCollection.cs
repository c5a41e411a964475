namespace Bot.Channels.Zalo.Tests.Infrastructure;

/// <summary>Tests that count the bot's process-wide metrics run alone, so no other test's requests are counted with theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "process-wide metrics";
}
