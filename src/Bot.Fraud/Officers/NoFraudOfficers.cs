using Bot.Dialogs.Turns;

namespace Bot.Fraud.Officers;

/// <summary>The default when no officer store is wired (no Redis): nobody may use officer commands.</summary>
public sealed class NoFraudOfficers : IFraudOfficerLookup
{
    public ValueTask<FraudOfficer?> FindAsync(ConversationKey chat, CancellationToken cancellationToken) => ValueTask.FromResult<FraudOfficer?>(null);

    public ValueTask<IReadOnlyList<FraudOfficer>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<FraudOfficer>>([]);

    public bool Covers(FraudOfficer officer, string areaId) => false;
}
