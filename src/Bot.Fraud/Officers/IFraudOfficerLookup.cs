using Bot.Dialogs.Turns;

namespace Bot.Fraud.Officers;

/// <summary>Who is an officer, asked fresh on every officer command (a revoked role stops working at once).</summary>
/// <remarks>
/// The scam check does not own officers: the host adapts the broadcast feature's officer store to
/// this interface (src/Bot.Host/Composition/Bridges), so this project never references it.
/// </remarks>
public interface IFraudOfficerLookup
{
    /// <summary>The officer bound to <paramref name="chat"/>, or null for everyone else.</summary>
    ValueTask<FraudOfficer?> FindAsync(ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>Every officer (hundreds at most), for the daily digest.</summary>
    ValueTask<IReadOnlyList<FraudOfficer>> ListAsync(CancellationToken cancellationToken);

    /// <summary>True when a report from <paramref name="areaId"/> belongs in <paramref name="officer"/>'s digest.</summary>
    bool Covers(FraudOfficer officer, string areaId);
}
