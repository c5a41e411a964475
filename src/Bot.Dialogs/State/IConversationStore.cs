using Bot.Dialogs.Turns;

namespace Bot.Dialogs.State;

/// <summary>Keeps conversation records between turns.</summary>
/// <remarks>
/// The contract a turn relies on: one <see cref="LoadAsync"/> and one <see cref="CommitAsync"/> per
/// turn (two round trips for a networked store). <see cref="CommitAsync"/> writes the new record and
/// the update's de-duplication mark together, only if the stored version still equals
/// <c>expectedVersion</c>; otherwise it writes nothing.
/// </remarks>
public interface IConversationStore
{
    /// <summary>Short name for the startup log and health checks ("in-memory", "redis").</summary>
    string Name { get; }

    /// <summary>True when records survive a restart of the process.</summary>
    bool IsDurable { get; }

    /// <summary>Reads the record and whether <paramref name="updateId"/> was already processed.</summary>
    ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically writes <paramref name="record"/> (or deletes the conversation when it is null) and
    /// marks <paramref name="updateId"/> as processed, if the stored version is still <paramref name="expectedVersion"/>.
    /// </summary>
    ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        CancellationToken cancellationToken);
}
