namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>
/// The inbox in this process's memory (lost on restart), for a single instance without Redis and for tests.
/// </summary>
/// <remarks>
/// Bounded: entries not seen for <see cref="IMissedMessageStore.Retention"/> are dropped, and beyond
/// <paramref name="capacity"/> entries the one seen longest ago makes room, so a flood of random
/// text cannot grow memory without limit.
/// </remarks>
public sealed class InMemoryMissedMessageStore(TimeProvider time, int capacity = 2_000) : IMissedMessageStore
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string Name => "memory";

    public Task RecordAsync(MissSighting sighting, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Prune();
            if (_entries.TryGetValue(sighting.Id, out var entry))
            {
                entry.Message = entry.Message with
                {
                    Count = entry.Message.Count + 1,
                    LastSeen = Later(entry.Message.LastSeen, sighting.At),
                    Suggestions = sighting.Suggestions,
                };
                return Task.CompletedTask;
            }

            if (_entries.Count >= capacity)
            {
                _entries.Remove(_entries.MinBy(e => e.Value.Message.LastSeen).Key);
            }

            _entries[sighting.Id] = new Entry(new MissedMessage(sighting.Id, sighting.Text, 1, sighting.At, sighting.At, sighting.Suggestions));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MissedMessage>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Prune();
            IReadOnlyList<MissedMessage> open = _entries.Values
                .Where(e => !e.Dismissed)
                .Select(e => e.Message)
                .OrderByDescending(m => m.Count)
                .ThenByDescending(m => m.LastSeen)
                .Take(Math.Max(0, limit))
                .ToList();
            return Task.FromResult(open);
        }
    }

    public Task<MissedMessage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Prune();
            return Task.FromResult(_entries.TryGetValue(id, out var entry) && !entry.Dismissed ? entry.Message : null);
        }
    }

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue(id, out var entry) && !entry.Dismissed && _entries.Remove(id));
        }
    }

    public Task<bool> DismissAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry) || entry.Dismissed)
            {
                return Task.FromResult(false);
            }

            entry.Dismissed = true;
            return Task.FromResult(true);
        }
    }

    private void Prune()
    {
        var cutoff = time.GetUtcNow() - IMissedMessageStore.Retention;
        foreach (var id in _entries.Where(e => e.Value.Message.LastSeen < cutoff).Select(e => e.Key).ToList())
        {
            _entries.Remove(id);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private sealed class Entry(MissedMessage message)
    {
        public MissedMessage Message { get; set; } = message;

        public bool Dismissed { get; set; }
    }
}
