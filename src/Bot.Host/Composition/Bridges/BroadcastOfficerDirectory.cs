using Bot.Broadcasts.Officers;
using Bot.Dialogs.Turns;
using Bot.Operations.Dashboard;
using DashboardOfficer = Bot.Operations.Dashboard.Officer;

namespace Bot.Host.Composition.Bridges;

/// <summary>
/// The dashboard asks the broadcast feature's officer store who is an officer, so a role revoked
/// with <c>officers revoke</c> also closes the dashboard; officers listed in configuration still count.
/// </summary>
public sealed class BroadcastOfficerDirectory(IOfficerStore officers, ConfigOfficerDirectory configured) : IOfficerDirectory
{
    public async ValueTask<DashboardOfficer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        await officers.GetAsync(chat, cancellationToken) is { } officer
            ? ToDashboard(officer)
            : await configured.FindByChatAsync(chat, cancellationToken);

    public async ValueTask<DashboardOfficer?> FindByIdAsync(string officerId, CancellationToken cancellationToken)
    {
        var all = await officers.ListAsync(cancellationToken);
        return all.FirstOrDefault(o => o.Identity == officerId) is { } officer
            ? ToDashboard(officer)
            : await configured.FindByIdAsync(officerId, cancellationToken);
    }

    private static DashboardOfficer ToDashboard(Bot.Broadcasts.Officers.Officer officer) =>
        new(officer.Identity, $"{officer.Role} · {officer.AreaId}", officer.Role.ToString().ToLowerInvariant());
}
