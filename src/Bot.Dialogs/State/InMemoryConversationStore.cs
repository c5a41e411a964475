using System.Collections.Concurrent;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.State;

/// <summary>The default store: fast, process-local, lost on restart.</summary>
/// <remarks>
/// Honours the same contract as the Redis store, so everything above it behaves the same in
/// development and production: the version check; de-duplication by time (every update id seen
/// within <see cref="DeduplicationWindow"/> is recognised, however many came after it); the answer
/// kept with a mark when the channel asks; an erase that keeps only its own mark. Like Redis, a
/// conversation's expired marks are pruned when it commits, and a sweep (at most once a minute)
/// drops expired marks and records of conversations that went quiet, so memory is bounded by time.
/// </remarks>
public sealed class InMemoryConversationStore(TimeProvider? time = null) : IConversationStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<ConversationKey, Entry> _records = new();
    private readonly Dictionary<ConversationKey, MarkSet> _marks = [];
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>How long a processed update id (and the answer kept with it) is remembered.</summary>
    public TimeSpan DeduplicationWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long an untouched conversation is kept.</summary>
    public TimeSpan ConversationTtl { get; init; } = TimeSpan.FromDays(30);

    public string Name => "in-memory";

    public bool IsDurable => false;

    /// <summary>Number of conversations currently held.</summary>
    public int Count => _records.Count;

    /// <summary>Update ids currently remembered for <paramref name="key"/> (expired ones may linger until its next commit or sweep).</summary>
    public int MarkCount(ConversationKey key)
    {
        lock (_lock)
        {
            return _marks.TryGetValue(key, out var marks) ? marks.Count : 0;
        }
    }

    public ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var seen = false;
        TurnAnswer? answer = null;
        Entry? entry;
        lock (_lock)
        {
            if (updateId is not null && FindMark(key, updateId, now) is { } mark)
            {
                seen = true;
                answer = mark.Answer;
            }

            entry = _records.TryGetValue(key, out var found) && now - found.WrittenAt <= ConversationTtl ? found : null;
        }

        return ValueTask.FromResult(entry is null
            ? new ConversationSnapshot(null, 0, seen, Answer: answer)
            : new ConversationSnapshot(entry.Record, entry.Version, seen, Answer: answer));
    }

    public ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        CancellationToken cancellationToken) =>
        CommitAsync(key, record, expectedVersion, updateId, answer: null, cancellationToken);

    public ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        TurnAnswer? answer,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (updateId is not null && FindMark(key, updateId, now) is not null)
            {
                return ValueTask.FromResult(CommitOutcome.Duplicate);
            }

            var current = _records.TryGetValue(key, out var entry) && now - entry.WrittenAt <= ConversationTtl ? entry.Version : 0;
            if (current != expectedVersion)
            {
                return ValueTask.FromResult(CommitOutcome.VersionConflict);
            }

            if (record is null)
            {
                // Erase: the record and every mark go; only this update's own mark is written back below.
                _records.TryRemove(key, out _);
                _marks.Remove(key);
            }
            else
            {
                _records[key] = new Entry(record, current + 1, now);
            }

            if (updateId is not null)
            {
                if (!_marks.TryGetValue(key, out var marks))
                {
                    _marks[key] = marks = new MarkSet();
                }

                marks.Prune(now);
                marks.Add(updateId, new Mark(now + DeduplicationWindow, answer));
            }

            if (now - _lastSweep >= SweepInterval)
            {
                _lastSweep = now;
                Sweep(now);
            }
        }

        return ValueTask.FromResult(CommitOutcome.Committed);
    }

    private Mark? FindMark(ConversationKey key, string updateId, DateTimeOffset now) =>
        _marks.TryGetValue(key, out var marks) && marks.TryGet(updateId, out var mark) && mark.ExpiresAt > now ? mark : null;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, marks) in _marks)
        {
            marks.Prune(now);
            if (marks.Count == 0)
            {
                _marks.Remove(key);
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

    private readonly record struct Mark(DateTimeOffset ExpiresAt, TurnAnswer? Answer);

    /// <summary>
    /// One conversation's marks, with their ids in the order they expire (the window is the same for
    /// all), so pruning costs what expired, like Redis's ZREMRANGEBYSCORE, not what is kept.
    /// </summary>
    private sealed class MarkSet
    {
        private readonly Dictionary<string, Mark> _byId = new(StringComparer.Ordinal);
        private readonly Queue<(string Id, DateTimeOffset ExpiresAt)> _byExpiry = new();

        public int Count => _byId.Count;

        public bool TryGet(string id, out Mark mark) => _byId.TryGetValue(id, out mark);

        public void Add(string id, Mark mark)
        {
            _byId[id] = mark;
            _byExpiry.Enqueue((id, mark.ExpiresAt));
        }

        public void Prune(DateTimeOffset now)
        {
            while (_byExpiry.TryPeek(out var oldest) && oldest.ExpiresAt <= now)
            {
                _byExpiry.Dequeue();
                if (_byId.TryGetValue(oldest.Id, out var mark) && mark.ExpiresAt <= now)
                {
                    _byId.Remove(oldest.Id);
                }
            }
        }
    }
}
