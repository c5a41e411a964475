namespace Bot.Dialogs.Pipeline;

/// <summary>One async lock per key, created on demand and dropped when nobody holds or waits for it.</summary>
/// <remarks>
/// Keeps the turns of one conversation in arrival order inside one process: this is the bot's one
/// per-conversation serialisation (channels keep no queues of their own). Waiters are served first
/// come, first served: <see cref="SemaphoreSlim"/> hands a release to its oldest async waiter, and a
/// caller is queued before <see cref="AcquireAsync"/> first yields, so turns started in order run in order.
/// <para>
/// The table of keys is guarded by one plain lock, held only to look a key up and count its users (never
/// across a wait), which is what lets a dropped key's gate and semaphore be kept and lent to the next key:
/// a gate is only ever reached through the table under that lock, so no caller can still hold a gate that
/// was handed on to another key. A turn then allocates only its releaser, which stays one per acquisition
/// so that disposing it twice can never release someone else's turn.
/// </para>
/// </remarks>
public sealed class KeyedLock<TKey> where TKey : notnull
{
    /// <summary>Idle gates kept for reuse; more than this many dropped at once are left to the collector.</summary>
    private const int SpareGates = 64;

    private readonly Dictionary<TKey, Gate> _gates = [];
    private readonly Stack<Gate> _spare = new();

    /// <summary>Waits for the key's lock; dispose the result to release it.</summary>
    public async ValueTask<IDisposable> AcquireAsync(TKey key, CancellationToken cancellationToken)
    {
        var gate = Enter(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, gate);
            throw;
        }

        return new Releaser(this, key, gate);
    }

    /// <summary>How many keys currently have a lock (for tests: it must return to zero).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    private Gate Enter(TKey key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = _spare.TryPop(out var spare) ? spare : new Gate();
                _gates.Add(key, gate);
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(TKey key, Gate gate)
    {
        lock (_gates)
        {
            gate.Users--;
            if (gate.Users > 0)
            {
                return;
            }

            _gates.Remove(key);

            // Nobody holds or waits for it, so its semaphore is free again; lend it on only then.
            if (_spare.Count < SpareGates && gate.Semaphore.CurrentCount == 1)
            {
                _spare.Push(gate);
            }
        }
    }

    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Releaser(KeyedLock<TKey> owner, TKey key, Gate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(key, gate);
            }
        }
    }
}
