namespace Bot.Broadcasts.Officers;

/// <summary>Role names as typed in the CLI and configuration.</summary>
public static class OfficerRoles
{
    /// <summary>Parses "officer", "approver" or "admin" (any case).</summary>
    public static bool TryParse(string? text, out OfficerRole role)
    {
        role = OfficerRole.Officer;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "officer": role = OfficerRole.Officer; return true;
            case "approver": role = OfficerRole.Approver; return true;
            case "admin": role = OfficerRole.Admin; return true;
            default: return false;
        }
    }

    /// <summary>The role's name in lower case.</summary>
    public static string Name(OfficerRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role's name for officers reading Vietnamese.</summary>
    public static string Label(OfficerRole role) => role switch
    {
        OfficerRole.Officer => "cán bộ soạn cảnh báo",
        OfficerRole.Approver => "cán bộ duyệt cảnh báo",
        _ => "quản trị",
    };
}
