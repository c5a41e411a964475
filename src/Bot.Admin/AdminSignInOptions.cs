namespace Bot.Admin;

/// <summary>How wrong keys slow down sign-in from one address (section <c>Admin:SignIn</c>).</summary>
public sealed class AdminSignInOptions
{
    /// <summary>Wrong keys allowed from one address before it has to wait (typing mistakes happen).</summary>
    public int FreeAttempts { get; set; } = 5;

    /// <summary>The first wait after the free attempts; it doubles with every further wrong key.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An address that made no wrong attempt for this long starts afresh.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);
}
