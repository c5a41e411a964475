namespace Bot.Admin;

/// <summary>The admin keys (section <c>Admin</c>, list <c>ApiKeys</c>); features read other <c>Admin</c> settings themselves.</summary>
public sealed class AdminKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Admin";

    /// <summary>The key holders; empty turns every admin API off.</summary>
    public List<AdminApiKey> ApiKeys { get; set; } = [];
}
