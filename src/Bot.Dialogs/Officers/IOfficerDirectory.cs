using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Officers;

/// <summary>Who is an officer, asked fresh on every officer action (a revoked role stops working at once).</summary>
/// <remarks>
/// Implemented once, by the broadcast feature's officer store (invite codes, <c>officers revoke</c>);
/// <see cref="NoOfficers"/> when it is not deployed. The scam check and the dashboard only ask.
/// </remarks>
public interface IOfficerDirectory
{
    /// <summary>The officer bound to <paramref name="chat"/>, or null for a resident.</summary>
    ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>The officer with this <see cref="Officer.Id"/>, or null when no longer an officer.</summary>
    ValueTask<Officer?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every officer (hundreds at most).</summary>
    ValueTask<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken);

    /// <summary>True when <paramref name="areaId"/> lies in <paramref name="officer"/>'s area (a province covers its communes; "*" covers all).</summary>
    bool Covers(Officer officer, string areaId);
}
