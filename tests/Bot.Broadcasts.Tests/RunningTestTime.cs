using System.Diagnostics;

namespace Bot.Broadcasts.Tests;

/// <summary>A clock that starts at a chosen instant and then runs with the wall clock, so a test can run at 10:00 in Vietnam whenever CI runs it.</summary>
public sealed class RunningTestTime(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_started);
}
