using System.Security.Claims;
using Bot.Admin;
using Bot.Broadcasts.Officers;

namespace Bot.Broadcasts.Web;

/// <summary>Turns whoever signed in to the admin API (an <c>Admin:ApiKeys</c> holder) into the actor the broadcast rules check.</summary>
/// <remarks>
/// Editor keys open content administration only: they never compose, approve or cancel alerts (the route's
/// policy already refuses them). Area and role rules (an officer composes for their areas, an approver
/// approves) apply on top.
/// </remarks>
public static class AdminKeyActors
{
    /// <summary>The actor for <paramref name="user"/>, or null when its role may not act on broadcasts.</summary>
    public static Actor? ToActor(ClaimsPrincipal user)
    {
        var role = user.AdminRole();
        if (role is null || !AdminRoles.Officers.Contains(role, StringComparer.Ordinal) || !OfficerRoles.TryParse(role, out var officerRole))
        {
            return null;
        }

        // An admin key without areas acts on all areas, like an admin officer; officer and approver keys must list theirs.
        var areas = user.AdminAreas();
        IReadOnlyList<string> scope = officerRole == OfficerRole.Admin && areas.Count == 0 ? ["*"] : areas;
        return new Actor(user.AdminHolder() ?? "key:" + user.AdminName(), officerRole, scope);
    }
}
