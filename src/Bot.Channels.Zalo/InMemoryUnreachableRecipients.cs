using System.Collections.Concurrent;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo;

/// <summary>Unreachable marks kept in this process (lost on restart; Zalo's next -230 records them again).</summary>
public sealed class InMemoryUnreachableRecipients(TimeProvider time) : IUnreachableRecipients
{
    private readonly ConcurrentDictionary<ConversationKey, UnreachableMark> _marks = new();

    public ValueTask MarkAsync(ConversationKey key, string reason, CancellationToken cancellationToken)
    {
        _marks[key] = new UnreachableMark(reason, time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    public ValueTask ClearAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        _marks.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<UnreachableMark?> FindAsync(ConversationKey key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_marks.TryGetValue(key, out var mark) ? mark : null);
}
