using Bot.Broadcasts.Areas;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Officers;

/// <summary>
/// The bot's one <see cref="IOfficerDirectory"/>: the officers enrolled with invite codes. One code enrols an
/// officer for alerts, the scam lists and the dashboard, and <c>officers revoke</c> ends all three at once.
/// </summary>
public sealed class StoredOfficerDirectory(IOfficerStore officers, AreaCatalog areas) : IOfficerDirectory
{
    public async ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        await officers.GetAsync(chat, cancellationToken).ConfigureAwait(false);

    public async ValueTask<Officer?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        (await officers.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));

    public async ValueTask<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken) =>
        await officers.ListAsync(cancellationToken).ConfigureAwait(false);

    public bool Covers(Officer officer, string areaId) => areas.Covers(officer.AreaId, areaId);
}
