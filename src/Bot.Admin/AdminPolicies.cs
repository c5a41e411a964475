namespace Bot.Admin;

/// <summary>
/// The authorization policies every admin route names with <c>.RequireAuthorization(policy)</c>; each
/// admits the roles listed in <see cref="RolesOf"/>, checked on every request.
/// </summary>
public static class AdminPolicies
{
    /// <summary>Any admin role: the dashboard, its JSON, the Telegram QR sheet.</summary>
    public const string AnyRole = "admin:any-role";

    /// <summary>Officer, approver, admin: broadcasts, scam reports and lists.</summary>
    public const string Police = "admin:police";

    /// <summary>Editor, admin: the content admin API (status, reload, rollback).</summary>
    public const string Content = "admin:content";

    /// <summary>Admin only: listing and revoking others' sessions.</summary>
    public const string Administrators = "admin:administrators";

    /// <summary>Every policy name.</summary>
    public static readonly IReadOnlyList<string> All = [AnyRole, Police, Content, Administrators];

    /// <summary>The roles <paramref name="policy"/> admits (empty for an unknown name).</summary>
    public static IReadOnlyList<string> RolesOf(string? policy) => policy switch
    {
        AnyRole => AdminRoles.All,
        Police => AdminRoles.Officers,
        Content => [AdminRoles.Editor, AdminRoles.Admin],
        Administrators => [AdminRoles.Admin],
        _ => [],
    };
}
