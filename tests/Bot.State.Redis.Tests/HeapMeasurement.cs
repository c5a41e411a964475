namespace Bot.State.Redis.Tests;

/// <summary>Tests that measure the whole heap run in this collection, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurement
{
    public const string Name = "heap measurement";
}
