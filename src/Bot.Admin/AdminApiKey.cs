namespace Bot.Admin;

/// <summary>One entry of <c>Admin:ApiKeys</c>: who holds a key, its SHA-256, its role and areas.</summary>
/// <remarks>Only the hash is configured, so a leaked configuration does not leak a key.</remarks>
public sealed class AdminApiKey
{
    /// <summary>Who holds the key ("tinh-ha-noi-portal"); shown on the dashboard and in audit logs as "key:Name".</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the key (64 characters): <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>One of <see cref="AdminRoles.All"/>: officer, approver, admin or editor.</summary>
    public string Role { get; set; } = AdminRoles.Officer;

    /// <summary>Area ids the key may act on ("*" for all); required for officer and approver keys.</summary>
    public List<string> Areas { get; set; } = [];
}
