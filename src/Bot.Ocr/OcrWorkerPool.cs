namespace Bot.Ocr;

/// <summary>
/// At most <see cref="OcrOptions.MaxConcurrentReads"/> images are read at once, at most
/// <see cref="OcrOptions.MaxQueuedReads"/> wait; anything beyond is turned away at once. A burst of
/// photos therefore costs a fixed number of cores and never delays ordinary text turns.
/// </summary>
public sealed class OcrWorkerPool : IDisposable
{
    private readonly SemaphoreSlim _readers;
    private readonly int _capacity;
    private readonly TimeSpan _queueTimeout;
    private int _admitted;

    public OcrWorkerPool(OcrOptions options)
    {
        _readers = new SemaphoreSlim(options.MaxConcurrentReads, options.MaxConcurrentReads);
        _capacity = options.MaxConcurrentReads + options.MaxQueuedReads;
        _queueTimeout = options.QueueTimeout;
    }

    /// <summary>Images being read or waiting right now.</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    /// <summary>
    /// Runs <paramref name="work"/> when a reader is free; returns false without running it when the
    /// queue is full or no reader became free within the queue timeout.
    /// </summary>
    public async Task<(bool Ran, T Result)> TryRunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _admitted) > _capacity)
        {
            Interlocked.Decrement(ref _admitted);
            return (false, default!);
        }

        try
        {
            if (!await _readers.WaitAsync(_queueTimeout, cancellationToken).ConfigureAwait(false))
            {
                return (false, default!);
            }

            try
            {
                return (true, await work(cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                _readers.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    public void Dispose() => _readers.Dispose();
}
