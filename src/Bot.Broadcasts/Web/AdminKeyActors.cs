using Bot.Admin;
using Bot.Broadcasts.Officers;

namespace Bot.Broadcasts.Web;

/// <summary>Turns an admin key holder (<c>Admin:ApiKeys</c>) into the actor the broadcast rules check.</summary>
/// <remarks>
/// Editor keys open content administration only: they never compose, approve or cancel alerts.
/// Area and role rules (an officer composes for their areas, an approver approves) apply on top.
/// </remarks>
public static class AdminKeyActors
{
    /// <summary>The actor for <paramref name="key"/>, or null when its role may not act on broadcasts.</summary>
    public static Actor? ToActor(AdminApiKey key)
    {
        if (!AdminRoles.Officers.Contains(key.Role, StringComparer.Ordinal) || !OfficerRoles.TryParse(key.Role, out var role))
        {
            return null;
        }

        // An admin key without areas acts on all areas, like an admin officer; officer and approver keys must list theirs.
        IReadOnlyList<string> areas = role == OfficerRole.Admin && key.Areas.Count == 0 ? ["*"] : key.Areas;
        return new Actor("key:" + key.Name, role, areas);
    }
}
