using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Officers;

/// <summary>Invite codes and officers' roles: the broadcast feature's storage port (Redis in Bot.Broadcasts.Redis).</summary>
public interface IOfficerStore
{
    /// <summary>Creates a single-use code; returns the code (shown once, stored hashed).</summary>
    Task<string> CreateInviteAsync(string areaId, OfficerRole role, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Binds the code's role to <paramref name="chat"/>, using the code up.</summary>
    Task<(RedeemStatus Status, Officer? Officer)> RedeemAsync(string code, ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>The officer bound to this chat, or null.</summary>
    Task<Officer?> GetAsync(ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>Every officer (a small set: hundreds per province at most).</summary>
    Task<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes the role from <paramref name="identity"/> ("telegram:123"); false if there was none.</summary>
    Task<bool> RevokeAsync(string identity, CancellationToken cancellationToken);
}
