using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Channels;

/// <summary>Residents a channel may not message right now: they blocked the bot (Telegram), are outside Zalo's 7-day window, unfollowed…</summary>
/// <remarks>
/// One port for every channel. Broadcasts skip marked residents instead of sending requests that can
/// only be refused, and a mark is cleared as soon as the resident writes, unblocks or follows again.
/// Marks are an optimisation: a store that cannot be reached answers "not marked" (one refused send
/// at worst) rather than failing a turn or a broadcast.
/// </remarks>
public interface IUnreachableRecipients
{
    /// <summary>Records that <paramref name="key"/> cannot be messaged, with a short operator-facing reason ("blocked", "unfollowed").</summary>
    ValueTask MarkAsync(ConversationKey key, string reason, CancellationToken cancellationToken);

    /// <summary>Forgets the mark (the resident interacted again without a turn: unblocked the bot, sent a sticker).</summary>
    ValueTask ClearAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>
    /// The resident wrote, and the message is about to run as a turn: the mark must go. A store whose
    /// turn commit clears the mark in the same atomic step (Redis) does nothing here, so a turn costs
    /// no extra round trip; the in-memory one clears it at once.
    /// </summary>
    ValueTask ResidentWritesAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>The mark for <paramref name="key"/>, or null when the resident is reachable as far as we know.</summary>
    ValueTask<UnreachableMark?> FindAsync(ConversationKey key, CancellationToken cancellationToken);
}
