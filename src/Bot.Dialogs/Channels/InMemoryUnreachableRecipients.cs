using System.Collections.Concurrent;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Channels;

/// <summary>Unreachable marks kept in this process (lost on restart: the next refused send records them again).</summary>
/// <remarks>Marks expire after <see cref="Ttl"/>, as they do in Redis, so residents who never come back do not pile up.</remarks>
public sealed class InMemoryUnreachableRecipients(TimeProvider time) : IUnreachableRecipients
{
    private readonly ConcurrentDictionary<ConversationKey, UnreachableMark> _marks = new();

    /// <summary>How long a mark is kept.</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromDays(90);

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

    public ValueTask ResidentWritesAsync(ConversationKey key, CancellationToken cancellationToken) => ClearAsync(key, cancellationToken);

    public ValueTask<UnreachableMark?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (!_marks.TryGetValue(key, out var mark))
        {
            return ValueTask.FromResult<UnreachableMark?>(null);
        }

        if (time.GetUtcNow() - mark.Since > Ttl)
        {
            _marks.TryRemove(new KeyValuePair<ConversationKey, UnreachableMark>(key, mark));
            return ValueTask.FromResult<UnreachableMark?>(null);
        }

        return ValueTask.FromResult<UnreachableMark?>(mark);
    }
}
