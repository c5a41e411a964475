using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;

namespace Bot.Operations.Dashboard;

/// <summary>
/// Who may open the dashboard: the bot's officers (the core <see cref="IOfficerDirectory"/>, so a role
/// revoked with <c>officers revoke</c> also closes the dashboard), then those listed in configuration.
/// </summary>
public sealed class DashboardOfficers(IOfficerDirectory directory, ConfiguredOfficers configured)
{
    /// <summary>The officer whose private chat this is, or null for a resident.</summary>
    public async ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        await directory.FindByChatAsync(chat, cancellationToken).ConfigureAwait(false) ?? configured.FindByChat(chat);

    /// <summary>The officer with this id (from a signed link), or null when no longer an officer.</summary>
    public async ValueTask<Officer?> FindByIdAsync(string officerId, CancellationToken cancellationToken) =>
        await directory.FindByIdAsync(officerId, cancellationToken).ConfigureAwait(false) ?? configured.FindById(officerId);
}
