namespace Bot.Admin;

/// <summary>
/// Confirms on every request that the holder of a session signed in by a chat link ("officer:Id") still
/// holds a role: an officer whose role was revoked loses the dashboard at once. API-key holders are
/// checked against <c>Admin:ApiKeys</c> directly.
/// </summary>
public interface IAdminHolderDirectory
{
    /// <summary>The officer with this id as they are now, or null when they no longer hold a role.</summary>
    ValueTask<AdminHolder?> FindOfficerAsync(string officerId, CancellationToken cancellationToken);
}
