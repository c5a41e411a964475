using Bot.Admin;

namespace Bot.Operations.Dashboard;

/// <summary>Sessions opened by a chat link last only while the officer directory still knows the officer (checked on every request).</summary>
public sealed class OfficerDirectoryHolders(DashboardOfficers officers) : IAdminHolderDirectory
{
    public async ValueTask<AdminHolder?> FindOfficerAsync(string officerId, CancellationToken cancellationToken) =>
        await officers.FindByIdAsync(officerId, cancellationToken).ConfigureAwait(false) is { } officer
            ? new AdminHolder(officer.DisplayName, officer.Role, officer.AreaId.Length == 0 ? [] : [officer.AreaId]) // their area: they compose alerts for it on the dashboard too
            : null;
}
