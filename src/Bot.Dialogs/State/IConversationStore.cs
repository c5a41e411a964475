using Bot.Dialogs.Turns;

namespace Bot.Dialogs.State;

/// <summary>Keeps conversation records between turns.</summary>
/// <remarks>
/// The contract a turn relies on: one <see cref="LoadAsync"/> and one <c>CommitAsync</c> per turn
/// (two round trips for a networked store). <c>CommitAsync</c> writes the new record and the update's
/// de-duplication mark together, only if the stored version still equals <c>expectedVersion</c>;
/// otherwise it writes nothing. A mark is remembered for the store's de-duplication window, however
/// many updates come after it (by time, never by count).
/// </remarks>
public interface IConversationStore
{
    /// <summary>Short name for the startup log and health checks ("in-memory", "redis").</summary>
    string Name { get; }

    /// <summary>True when records survive a restart of the process.</summary>
    bool IsDurable { get; }

    /// <summary>
    /// Reads the record and whether <paramref name="updateId"/> was already processed (with the answer
    /// kept for it, if any), in one step.
    /// </summary>
    /// <remarks>
    /// A networked store may answer from its own recent commits without a round trip; it may then
    /// report an update another instance processed as new, and a record another instance has moved
    /// on. Both are safe: the commit checks the mark and the version, refuses the turn, and the
    /// processor runs it again on a fresh load (or reports the duplicate).
    /// </remarks>
    ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically writes <paramref name="record"/> (or deletes the conversation when it is null) and
    /// marks <paramref name="updateId"/> as processed, keeping <paramref name="answer"/> with the mark
    /// when given, if the stored version is still <paramref name="expectedVersion"/>.
    /// </summary>
    ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        TurnAnswer? answer,
        CancellationToken cancellationToken);

    /// <summary>The same commit without an answer kept for replay (platform channels never resend one).</summary>
    ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        CancellationToken cancellationToken) =>
        CommitAsync(key, record, expectedVersion, updateId, answer: null, cancellationToken);
}
