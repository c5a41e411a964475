using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Analytics;

/// <summary>Sums increments in memory between flushes, so a turn never waits for the analytics store.</summary>
/// <remarks>Bounded: once <see cref="AnalyticsOptions.MaxBufferedCounters"/> distinct counters wait, new
/// ones are dropped and counted, so a store outage costs some numbers but never the process's memory.</remarks>
public sealed class AnalyticsBuffer(IAnalyticsStore store, IOptions<AnalyticsOptions> options, ILogger<AnalyticsBuffer> logger)
{
    private readonly ConcurrentDictionary<(DateOnly Day, string Counter, string Field), long> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private long _dropped;

    /// <summary>Increments dropped because the buffer was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The store counts are flushed to.</summary>
    public IAnalyticsStore Store => store;

    /// <summary>Adds one to a counter field (never blocks, never throws).</summary>
    public void Add(DateOnly day, string counter, string field)
    {
        var key = (day, counter, field);
        if (!_pending.ContainsKey(key) && _pending.Count >= options.Value.MaxBufferedCounters)
        {
            Interlocked.Increment(ref _dropped);
            return;
        }

        _pending.AddOrUpdate(key, 1, static (_, count) => count + 1);
    }

    /// <summary>Writes everything buffered to the store; counts that fail to write are dropped and logged.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batch = new List<AnalyticsIncrement>(_pending.Count);
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var amount))
                {
                    batch.Add(new AnalyticsIncrement(key.Day, key.Counter, key.Field, amount));
                }
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await store.AddAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Counts are approximate by nature; keeping them for a retry would let an outage grow memory.
                logger.LogWarning("Analytics store {Store} failed ({Error}); {Count} counters were dropped",
                    store.Name, ex.GetType().Name, batch.Count);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }
}
