namespace Bot.Host.Supervision;

/// <summary>How a crashed background service is restarted (section <c>Supervision</c>).</summary>
public sealed class SupervisionOptions
{
    /// <summary>The wait before the first restart; it doubles with each crash in a row.</summary>
    public TimeSpan FirstRestartDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between restarts.</summary>
    public TimeSpan MaxRestartDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A service that ran this long before crashing starts again from <see cref="FirstRestartDelay"/>.</summary>
    public TimeSpan HealthyRunTime { get; set; } = TimeSpan.FromMinutes(5);
}
