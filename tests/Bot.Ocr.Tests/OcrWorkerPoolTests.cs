namespace Bot.Ocr.Tests;

/// <summary>A burst of photos takes a fixed number of readers; the rest wait in a bounded queue or are told to come back.</summary>
public class OcrWorkerPoolTests
{
    [Fact]
    public async Task NoMoreThanTheConfiguredNumberRunAtOnce()
    {
        using var pool = new OcrWorkerPool(new OcrOptions { MaxConcurrentReads = 2, MaxQueuedReads = 10 });
        var running = 0;
        var most = 0;
        var jobs = Enumerable.Range(0, 8).Select(_ => pool.TryRunAsync(async ct =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(40, ct);
            Interlocked.Decrement(ref running);
            return true;
        }, CancellationToken.None)).ToArray();

        var results = await Task.WhenAll(jobs);

        Assert.All(results, r => Assert.True(r.Ran));
        Assert.Equal(2, most);
        Assert.Equal(0, pool.Admitted);
    }

    [Fact]
    public async Task BeyondReadersAndQueueTheAnswerIsImmediatelyBusy()
    {
        using var pool = new OcrWorkerPool(new OcrOptions { MaxConcurrentReads = 1, MaxQueuedReads = 1 });
        var release = new TaskCompletionSource();
        var first = pool.TryRunAsync(async _ => { await release.Task; return 1; }, CancellationToken.None);
        var second = pool.TryRunAsync(async _ => { await release.Task; return 2; }, CancellationToken.None);

        var started = DateTime.UtcNow;
        var third = await pool.TryRunAsync(_ => Task.FromResult(3), CancellationToken.None);

        Assert.False(third.Ran);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1), "a full pool answers at once, it does not wait");
        release.SetResult();
        Assert.Equal((true, 1), await first);
        Assert.Equal((true, 2), await second);
        Assert.True((await pool.TryRunAsync(_ => Task.FromResult(4), CancellationToken.None)).Ran, "room again once the burst is read");
    }

    [Fact]
    public async Task AWaitLongerThanTheQueueTimeoutEndsAsBusy()
    {
        using var pool = new OcrWorkerPool(new OcrOptions { MaxConcurrentReads = 1, MaxQueuedReads = 5, QueueTimeout = TimeSpan.FromMilliseconds(100) });
        var release = new TaskCompletionSource();
        var first = pool.TryRunAsync(async _ => { await release.Task; return 1; }, CancellationToken.None);

        var waited = await pool.TryRunAsync(_ => Task.FromResult(2), CancellationToken.None);

        Assert.False(waited.Ran);
        release.SetResult();
        await first;
        Assert.Equal(0, pool.Admitted);
    }

    [Fact]
    public async Task AFailingReadFreesItsReader()
    {
        using var pool = new OcrWorkerPool(new OcrOptions { MaxConcurrentReads = 1, MaxQueuedReads = 0 });

        await Assert.ThrowsAsync<InvalidOperationException>(() => pool.TryRunAsync<int>(_ => throw new InvalidOperationException("boom"), CancellationToken.None));

        Assert.True((await pool.TryRunAsync(_ => Task.FromResult(1), CancellationToken.None)).Ran);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
