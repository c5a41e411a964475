using Bot.Admin;

namespace Bot.Operations.Dashboard;

/// <summary>Sessions opened by a chat link last only while the officer directory still knows the officer (checked on every request).</summary>
public sealed class OfficerDirectoryHolders(IOfficerDirectory officers) : IAdminHolderDirectory
{
    public async ValueTask<AdminHolder?> FindOfficerAsync(string officerId, CancellationToken cancellationToken) =>
        await officers.FindByIdAsync(officerId, cancellationToken).ConfigureAwait(false) is { } officer
            ? new AdminHolder(officer.Name, officer.Role, [])
            : null;
}
