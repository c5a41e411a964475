using System.Collections.Concurrent;

namespace Bot.Channels.Telegram.Sending;

/// <summary>Unreachable chats kept in memory (lost on restart: the next send finds out again with one 403).</summary>
public sealed class InMemoryUnreachableRecipients(TimeProvider time) : IUnreachableRecipients
{
    private readonly ConcurrentDictionary<string, (string Reason, DateTimeOffset Since)> _marks = new(StringComparer.Ordinal);

    /// <summary>Marked chats with their reason and time, for operators and broadcast reports.</summary>
    public IReadOnlyDictionary<string, (string Reason, DateTimeOffset Since)> Snapshot => new Dictionary<string, (string, DateTimeOffset)>(_marks);

    public ValueTask MarkUnreachableAsync(string chatId, string reason, CancellationToken cancellationToken = default)
    {
        _marks[chatId] = (reason, time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    public ValueTask MarkReachableAsync(string chatId, CancellationToken cancellationToken = default)
    {
        _marks.TryRemove(chatId, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> IsUnreachableAsync(string chatId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_marks.ContainsKey(chatId));
}
