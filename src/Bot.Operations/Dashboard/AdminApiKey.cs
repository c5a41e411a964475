namespace Bot.Operations.Dashboard;

/// <summary>One entry of <c>Admin:ApiKeys</c>: who holds a key, its SHA-256, and what it may do.</summary>
/// <remarks>Only the hash is configured, so a leaked configuration does not leak a key.</remarks>
public sealed class AdminApiKey
{
    /// <summary>Who holds the key (shown on the dashboard, written to no log).</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the key (64 characters): <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>officer, approver, admin or editor; every role may read the dashboard.</summary>
    public string Role { get; set; } = "officer";

    /// <summary>Communes or wards the holder answers for (informational here).</summary>
    public List<string> Areas { get; set; } = [];
}
