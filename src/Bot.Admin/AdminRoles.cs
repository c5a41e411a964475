namespace Bot.Admin;

/// <summary>The roles an admin key can hold, and what each opens.</summary>
/// <remarks>
/// officer: composes broadcasts, reads scam reports, the dashboard; approver: officer + approves
/// broadcasts; admin: everything; editor: content admin (publish, roll back) and the dashboard only.
/// </remarks>
public static class AdminRoles
{
    public const string Officer = "officer";
    public const string Approver = "approver";
    public const string Admin = "admin";
    public const string Editor = "editor";

    /// <summary>Every valid role name.</summary>
    public static readonly IReadOnlyList<string> All = [Officer, Approver, Admin, Editor];

    /// <summary>The roles that act for the police (broadcasts, scam reports); editors are not among them.</summary>
    public static readonly IReadOnlyList<string> Officers = [Officer, Approver, Admin];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
