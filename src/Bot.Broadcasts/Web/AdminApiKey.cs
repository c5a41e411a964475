namespace Bot.Broadcasts.Web;

/// <summary>One API client (an entry of <c>Admin:ApiKeys</c>); only the key's SHA-256 is configured, never the key.</summary>
public sealed class AdminApiKey
{
    /// <summary>Who the client is ("tinh-ha-noi-portal"); recorded in the audit log as "key:Name".</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower- or upper-case hex SHA-256 of the key (64 characters).</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>"officer", "approver" or "admin".</summary>
    public string Role { get; set; } = "officer";

    /// <summary>Area ids the key may act on ("*" for all).</summary>
    public List<string> Areas { get; set; } = [];
}
