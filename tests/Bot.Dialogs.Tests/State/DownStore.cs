using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.State;

/// <summary>A conversation store that cannot be reached: every load and commit fails as Redis does when it is down.</summary>
internal sealed class DownStore : IConversationStore
{
    public string Name => "down";

    public bool IsDurable => true;

    public ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken) =>
        throw new StoreUnavailableException("store unreachable");

    public ValueTask<CommitOutcome> CommitAsync(ConversationKey key, ConversationRecord? record, long expectedVersion, string? updateId, TurnAnswer? answer, CancellationToken cancellationToken) =>
        throw new StoreUnavailableException("store unreachable");
}
