namespace Bot.Operations.Dashboard;

/// <summary>Section <c>Admin</c>: how dashboard links and sessions are signed, and officers known from configuration.</summary>
/// <remarks>The API keys (<c>Admin:ApiKeys</c>) are read and checked by <see cref="Bot.Admin.AdminKeyOptions"/>, shared by every admin API.</remarks>
public sealed class AdminOptions
{
    /// <summary>Roles that may open the dashboard: every admin role.</summary>
    public static IReadOnlyList<string> Roles => Bot.Admin.AdminRoles.All;

    /// <summary>Secret (32+ characters) that signs dashboard links and session cookies; without it /dashboard links are off.</summary>
    public string LinkSigningKey { get; set; } = "";

    /// <summary>The bot's public address (https://…), used to build links sent in chats.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How long a link sent by the bot stays valid.</summary>
    public int LinkMinutes { get; set; } = 10;

    /// <summary>How long a dashboard session lasts.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>Officers known from configuration (the broadcast officer store replaces this list later).</summary>
    public List<OfficerEntry> Officers { get; set; } = [];

    /// <summary>True when links can be signed and sent.</summary>
    public bool LinksEnabled => LinkSigningKey.Length > 0;
}
