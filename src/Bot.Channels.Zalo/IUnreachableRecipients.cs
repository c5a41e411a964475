using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo;

/// <summary>Residents a channel may not message right now (Zalo: outside the 7-day window, not a follower, unfollowed).</summary>
/// <remarks>
/// Broadcasts read it to skip people Zalo would refuse, and it is cleared as soon as the resident
/// writes or follows again, which is what reopens Zalo's customer-service window.
/// </remarks>
public interface IUnreachableRecipients
{
    /// <summary>Records that <paramref name="key"/> cannot be messaged, and why.</summary>
    ValueTask MarkAsync(ConversationKey key, string reason, CancellationToken cancellationToken);

    /// <summary>Forgets the mark (the resident interacted again).</summary>
    ValueTask ClearAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>The mark for <paramref name="key"/>, or null when the resident is reachable as far as we know.</summary>
    ValueTask<UnreachableMark?> FindAsync(ConversationKey key, CancellationToken cancellationToken);
}
