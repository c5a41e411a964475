namespace Bot.Broadcasts.Tests;

/// <summary>A clock the test sets (quiet hours, expiry), independent of the wall clock.</summary>
public sealed class TestTime(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>A time of day in Vietnam (UTC+7) on 1 Dec 2026.</summary>
    public static DateTimeOffset Vietnam(int hour, int minute = 0) => new(2026, 12, 1, hour, minute, 0, TimeSpan.FromHours(7));
}
