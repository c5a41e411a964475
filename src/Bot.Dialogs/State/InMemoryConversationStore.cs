using System.Collections.Concurrent;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.State;

/// <summary>The default store: fast, process-local, lost on restart.</summary>
/// <remarks>
/// Honours the same contract as a networked store (version check, de-duplication marks) so
/// everything above it behaves the same in development and production. Old marks and records are
/// trimmed lazily so a long-running process does not grow without bound.
/// </remarks>
public sealed class InMemoryConversationStore(TimeProvider? time = null) : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _records = new();
    private readonly ConcurrentDictionary<(ConversationKey, string), DateTimeOffset> _processed = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _commitLock = new();
    private long _commitsSinceSweep;

    /// <summary>How long a processed update id is remembered.</summary>
    public TimeSpan DeduplicationWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long an untouched conversation is kept.</summary>
    public TimeSpan ConversationTtl { get; init; } = TimeSpan.FromDays(30);

    public string Name => "in-memory";

    public bool IsDurable => false;

    /// <summary>Number of conversations currently held.</summary>
    public int Count => _records.Count;

    public ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken)
    {
        var seen = updateId is not null && _processed.ContainsKey((key, updateId));
        return _records.TryGetValue(key, out var entry)
            ? ValueTask.FromResult(new ConversationSnapshot(entry.Record, entry.Version, seen))
            : ValueTask.FromResult(new ConversationSnapshot(null, 0, seen));
    }

    public ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_commitLock)
        {
            if (updateId is not null && _processed.ContainsKey((key, updateId)))
            {
                return ValueTask.FromResult(CommitOutcome.Duplicate);
            }

            var current = _records.TryGetValue(key, out var entry) ? entry.Version : 0;
            if (current != expectedVersion)
            {
                return ValueTask.FromResult(CommitOutcome.VersionConflict);
            }

            if (record is null)
            {
                _records.TryRemove(key, out _);
            }
            else
            {
                _records[key] = new Entry(record, current + 1, now);
            }

            if (updateId is not null)
            {
                _processed[(key, updateId)] = now;
            }
        }

        if (Interlocked.Increment(ref _commitsSinceSweep) % 10_000 == 0)
        {
            Sweep(now);
        }

        return ValueTask.FromResult(CommitOutcome.Committed);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, at) in _processed)
        {
            if (now - at > DeduplicationWindow)
            {
                _processed.TryRemove(id, out _);
            }
        }

        foreach (var (key, entry) in _records)
        {
            if (now - entry.WrittenAt > ConversationTtl)
            {
                _records.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(ConversationRecord Record, long Version, DateTimeOffset WrittenAt);
}
