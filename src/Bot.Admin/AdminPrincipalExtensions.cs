using System.Security.Claims;

namespace Bot.Admin;

/// <summary>Reads who signed in (an API key holder or a dashboard session) from the request's user.</summary>
public static class AdminPrincipalExtensions
{
    /// <summary>The holder's display name ("content-team", "Cán bộ Lan"), or null when nobody signed in.</summary>
    public static string? AdminName(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Name) : null;

    /// <summary>The holder's role (one of <see cref="AdminRoles.All"/>), or null.</summary>
    public static string? AdminRole(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    /// <summary>"key:Name" or "officer:Id", or null.</summary>
    public static string? AdminHolder(this ClaimsPrincipal user) => user.FindFirstValue(AdminAuthenticationDefaults.HolderClaim);

    /// <summary>The areas the holder acts for.</summary>
    public static IReadOnlyList<string> AdminAreas(this ClaimsPrincipal user) =>
        user.FindAll(AdminAuthenticationDefaults.AreaClaim).Select(c => c.Value).ToList();

    /// <summary>The session id when signed in by cookie; null for an API key sent with the request.</summary>
    public static string? AdminSessionId(this ClaimsPrincipal user) => user.FindFirstValue(AdminAuthenticationDefaults.SessionClaim);

    /// <summary>A principal of the admin scheme.</summary>
    public static ClaimsPrincipal CreateAdminPrincipal(string holder, string name, string role, IEnumerable<string> areas, string? sessionId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
            new(AdminAuthenticationDefaults.HolderClaim, holder),
        };
        claims.AddRange(areas.Select(a => new Claim(AdminAuthenticationDefaults.AreaClaim, a)));
        if (sessionId is not null)
        {
            claims.Add(new Claim(AdminAuthenticationDefaults.SessionClaim, sessionId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AdminAuthenticationDefaults.Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
