namespace Bot.Admin;

/// <summary>Names of the one admin sign-in: its authentication scheme, session cookie and claims.</summary>
public static class AdminAuthenticationDefaults
{
    /// <summary>The authentication scheme: an API key (<c>Authorization: Bearer</c>) or the dashboard's session cookie.</summary>
    public const string Scheme = "Admin";

    /// <summary>The session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS); it holds a random token, never a name.</summary>
    public const string CookieName = "bot_admin";

    /// <summary>Claim: an area the holder acts for ("*" for all).</summary>
    public const string AreaClaim = "bot:area";

    /// <summary>Claim: who holds the sign-in, "key:Name" or "officer:Id" (audit logs name it).</summary>
    public const string HolderClaim = "bot:holder";

    /// <summary>Claim: the session's id when signed in by cookie (to sign out or revoke it).</summary>
    public const string SessionClaim = "bot:session";
}
