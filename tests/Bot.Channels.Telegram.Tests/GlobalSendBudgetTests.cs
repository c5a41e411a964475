using System.Diagnostics;
using Bot.Channels.Telegram.Sending;

namespace Bot.Channels.Telegram.Tests;

/// <summary>
/// The send limit over all chats holds Telegram's rate without a timer ticking while nobody sends (issue #18, round 4:
/// an idle bot's refill timer woke a thread ten times a second).
/// </summary>
public sealed class GlobalSendBudgetTests
{
    [Fact]
    public async Task SendsWithinTheBurstGoAtOnceAndStartNoTimer()
    {
        var time = new TimerCountingTime();
        var budget = new GlobalSendBudget(perSecond: 10, burst: 5, time);

        for (var i = 0; i < 5; i++)
        {
            var take = budget.TakeAsync(CancellationToken.None);
            Assert.True(take.IsCompletedSuccessfully); // no wait, not even a yield
            await take;
        }

        await Task.Delay(300); // an idle stretch: nothing may have been scheduled meanwhile
        Assert.Equal(0, time.TimersCreated);
    }

    [Fact]
    public async Task SendsBeyondTheBurstAreHeldToTheRateAndAnIdleBudgetThenStartsNoTimer()
    {
        var time = new TimerCountingTime();
        var budget = new GlobalSendBudget(perSecond: 20, burst: 2, time);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 12; i++)
        {
            await budget.TakeAsync(CancellationToken.None);
        }

        // 2 at once, then 10 more at 20 a second: at least half a second (less 20 ms for the clock's grain).
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(480), $"12 sends took {clock.Elapsed.TotalMilliseconds:0} ms");
        var timersWhileBusy = time.TimersCreated;
        Assert.InRange(timersWhileBusy, 1, 10); // one sleep per held send, nothing more

        await Task.Delay(TimeSpan.FromMilliseconds(200)); // the bucket refills from the clock while idle
        await budget.TakeAsync(CancellationToken.None);
        await budget.TakeAsync(CancellationToken.None);
        Assert.Equal(timersWhileBusy, time.TimersCreated);
    }

    [Fact]
    public async Task ManySendersWaitingAtOnceStillShareTheRate()
    {
        var budget = new GlobalSendBudget(perSecond: 50, burst: 5, TimeProvider.System);
        var clock = Stopwatch.StartNew();

        var done = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            await budget.TakeAsync(CancellationToken.None);
            return clock.Elapsed;
        }));

        // 5 at once, 25 more at 50 a second: the last one no earlier than 0.5 s; and never more than the burst plus the rate.
        Assert.True(done.Max() >= TimeSpan.FromMilliseconds(480), $"the last send went after {done.Max().TotalMilliseconds:0} ms");
        Assert.True(done.Count(t => t < TimeSpan.FromMilliseconds(200)) <= 5 + 10, "more sends in the first 200 ms than burst + rate allow");
    }

    [Fact]
    public async Task ASendCancelledWhileWaitingGivesItsSlotBack()
    {
        var budget = new GlobalSendBudget(perSecond: 1, burst: 1, TimeProvider.System);
        await budget.TakeAsync(CancellationToken.None); // the bucket is now empty for a second

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await budget.TakeAsync(cancel.Token));

        // Had the cancelled send kept its slot, the next one would wait two seconds instead of one.
        var clock = Stopwatch.StartNew();
        await budget.TakeAsync(CancellationToken.None);
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(1900), $"waited {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    /// <summary>The system clock, counting the timers (sleeps) anyone asks it for.</summary>
    private sealed class TimerCountingTime : TimeProvider
    {
        private int _timers;

        public int TimersCreated => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return System.CreateTimer(callback, state, dueTime, period);
        }
    }
}
