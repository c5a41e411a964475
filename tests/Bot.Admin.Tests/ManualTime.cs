namespace Bot.Admin.Tests;

/// <summary>A clock the test moves by hand (waits after wrong keys, session expiry).</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
