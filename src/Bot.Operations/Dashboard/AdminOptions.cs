namespace Bot.Operations.Dashboard;

/// <summary>Section <c>Admin</c>: who may open the dashboard, and how links and sessions are signed.</summary>
public sealed class AdminOptions
{
    /// <summary>Roles that may open the dashboard.</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal) { "officer", "approver", "admin", "editor" };

    public List<AdminApiKey> ApiKeys { get; set; } = [];

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
