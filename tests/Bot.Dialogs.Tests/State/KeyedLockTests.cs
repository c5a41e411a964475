using Bot.Dialogs.Pipeline;

namespace Bot.Dialogs.Tests.State;

/// <summary>Gates are lent on from key to key; one key must still have one holder at a time.</summary>
public sealed class KeyedLockTests
{
    [Fact]
    public async Task KeysThatComeAndGoNeverHaveTwoHoldersAtOnce()
    {
        var locks = new KeyedLock<int>();
        var holders = new int[8];
        var overlaps = 0;

        // Few keys, many short turns: each key's gate is dropped and reused (by it or another key) again and again.
        await Task.WhenAll(Enumerable.Range(0, 4000).Select(i => Task.Run(async () =>
        {
            var key = i % holders.Length;
            using (await locks.AcquireAsync(key, default))
            {
                if (Interlocked.Increment(ref holders[key]) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                Interlocked.Decrement(ref holders[key]);
            }
        })));

        Assert.Equal(0, overlaps);
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task AWaiterThatGivesUpLeavesTheKeyToTheNextOne()
    {
        var locks = new KeyedLock<string>();
        var held = await locks.AcquireAsync("chat", default);
        using var giveUp = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("chat", giveUp.Token).AsTask();

        giveUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        var first = await locks.AcquireAsync("chat", default);
        held.Dispose(); // disposed again while another turn holds the key: must not let a third in
        var second = locks.AcquireAsync("chat", default).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }
}
