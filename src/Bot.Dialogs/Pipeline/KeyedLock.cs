using System.Collections.Concurrent;

namespace Bot.Dialogs.Pipeline;

/// <summary>One async lock per key, created on demand and dropped when nobody holds or waits for it.</summary>
/// <remarks>
/// Keeps the turns of one conversation in arrival order inside one process: this is the bot's one
/// per-conversation serialisation (channels keep no queues of their own). Waiters are served first
/// come, first served: <see cref="SemaphoreSlim"/> hands a release to its oldest async waiter, and a
/// caller is queued before <see cref="AcquireAsync"/> first yields, so turns started in order run in order.
/// </remarks>
public sealed class KeyedLock<TKey> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Gate> _gates = new();

    /// <summary>Waits for the key's lock; dispose the result to release it.</summary>
    public async ValueTask<IDisposable> AcquireAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            var gate = _gates.GetOrAdd(key, _ => new Gate());
            lock (gate)
            {
                if (gate.Retired)
                {
                    continue; // removed between GetOrAdd and here; take the fresh one
                }

                gate.Users++;
            }

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
    }

    /// <summary>How many keys currently have a lock (for tests: it must return to zero).</summary>
    public int ActiveKeys => _gates.Count;

    private void Leave(TKey key, Gate gate)
    {
        lock (gate)
        {
            gate.Users--;
            if (gate.Users == 0)
            {
                gate.Retired = true;
                _gates.TryRemove(new KeyValuePair<TKey, Gate>(key, gate));
            }
        }
    }

    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
        public bool Retired;
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
