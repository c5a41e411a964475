using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Officers;
using Bot.Dialogs.Turns;
using Bot.Fraud.Officers;

namespace Bot.Host.Composition.Bridges;

/// <summary>
/// The scam check asks the broadcast feature's officer store who is an officer: one invite code
/// enrols an officer for alerts and for the reported lists, and <c>officers revoke</c> ends both.
/// </summary>
public sealed class BroadcastFraudOfficerLookup(IOfficerStore officers, AreaCatalog areas) : IFraudOfficerLookup
{
    public async ValueTask<FraudOfficer?> FindAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        await officers.GetAsync(chat, cancellationToken).ConfigureAwait(false) is { } officer ? ToFraud(officer) : null;

    public async ValueTask<IReadOnlyList<FraudOfficer>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await officers.ListAsync(cancellationToken).ConfigureAwait(false);
        return all.Select(ToFraud).OfType<FraudOfficer>().ToList();
    }

    public bool Covers(FraudOfficer officer, string areaId) => areas.Covers(officer.AreaId, areaId);

    private static FraudOfficer? ToFraud(Officer officer)
    {
        // Identities are "channel:chatId" (Actor.ChatIdentity); the chat id itself may contain ':'.
        var colon = officer.Identity.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0
            ? null
            : new FraudOfficer(officer.Identity, OfficerRoles.Name(officer.Role), officer.AreaId,
                new ConversationKey(officer.Identity[..colon], officer.Identity[(colon + 1)..]));
    }
}
