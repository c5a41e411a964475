using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.State.Redis;

/// <summary>
/// The records (with their versions) of the conversations this instance committed most recently,
/// so a turn of a chat served here a moment ago needs no load round trip: it runs on the cached
/// record and commits with the cached version. Bounded by count, least recently used out first.
/// </summary>
/// <remarks>
/// <para>
/// Correct across instances without any invalidation: the commit script checks the version, so a
/// record another instance has moved on loses the commit (nothing written) and the script returns
/// the current record, which replaces the entry before the turn runs again. Versions never repeat
/// for a key (a new conversation starts at the server's time in milliseconds, see
/// <see cref="RedisScripts.Commit"/>), so an erased and re-created conversation cannot pass for
/// the cached one.
/// </para>
/// <para>
/// De-duplication stays in Redis: the commit checks the update's mark before anything else. The
/// entry also remembers the marks of the last few updates committed through it, so a channel's
/// retry of one of them (web chat) skips the cache and loads the kept answer in one round trip.
/// </para>
/// <para>
/// Memory: one entry holds the record object (about 0.5–1 KB with a ten-step history), the key and
/// eight marks; docs/benchmarks.md has the measured figure. Records hold no personal data
/// (answers are content-defined options), like the Redis copy.
/// </para>
/// </remarks>
internal sealed class RecentConversations(int capacity)
{
    private const int RememberedMarks = 8;

    private readonly Dictionary<ConversationKey, LinkedListNode<Entry>> _entries = new(Math.Min(capacity, 4096));
    private readonly LinkedList<Entry> _order = new(); // most recently used first
    private readonly Lock _gate = new();

    /// <summary>Most conversations kept; 0 keeps none (every turn loads).</summary>
    public int Capacity { get; } = Math.Max(0, capacity);

    /// <summary>How many conversations are cached now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The cached record and version for a turn with update <paramref name="mark"/>, unless none is
    /// cached or the update is one committed through this entry (a retry: its kept answer is in Redis).
    /// </summary>
    public bool TryGet(ConversationKey key, ulong mark, out ConversationRecord record, out long version)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && !node.Value.Remembers(mark))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                (record, version) = (node.Value.Record, node.Value.Version);
                return true;
            }
        }

        (record, version) = (null!, 0);
        return false;
    }

    /// <summary>Keeps <paramref name="record"/> at <paramref name="version"/>, with the mark of the update that wrote it (if any).</summary>
    public void Put(ConversationKey key, ConversationRecord record, long version, ulong? mark)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                node.Value.Update(record, version, mark);
            }
            else
            {
                if (_entries.Count >= Capacity && _order.Last is { } oldest)
                {
                    _order.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }

                node = new LinkedListNode<Entry>(new Entry(key));
                node.Value.Update(record, version, mark);
                _entries[key] = node;
            }

            _order.AddFirst(node);
        }
    }

    /// <summary>Forgets the conversation: the next turn loads it from Redis.</summary>
    public void Remove(ConversationKey key)
    {
        lock (_gate)
        {
            if (_entries.Remove(key, out var node))
            {
                _order.Remove(node);
            }
        }
    }

    private sealed class Entry(ConversationKey key)
    {
        private readonly ulong[] _marks = new ulong[RememberedMarks];
        private int _next;

        public ConversationKey Key { get; } = key;

        public ConversationRecord Record { get; private set; } = null!;

        public long Version { get; private set; }

        public void Update(ConversationRecord record, long version, ulong? mark)
        {
            (Record, Version) = (record, version);
            if (mark is { } m)
            {
                _marks[_next] = m;
                _next = (_next + 1) % RememberedMarks;
            }
        }

        public bool Remembers(ulong mark) => Array.IndexOf(_marks, mark) >= 0;
    }
}
