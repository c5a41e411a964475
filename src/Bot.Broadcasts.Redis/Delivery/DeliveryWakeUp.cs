namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>
/// How the delivery loops wait while there is nothing to do: the pause doubles from <see cref="Shortest"/> after each
/// empty poll up to <see cref="Bot.Broadcasts.Hosting.BroadcastOptions.IdlePollMax"/>, and ends at once when this instance queues work
/// (<see cref="Wake"/>).
/// </summary>
/// <remarks>
/// An idle bot used to ask Redis for new deliveries 20 times a second per channel and for due alerts 5 times a
/// second, which at ten residents chatting was a tenth of all its Redis round trips. Work queued by this instance
/// still starts without delay; work queued by another instance of a fleet starts within the longest pause (1 s by
/// default), which a broadcast to thousands does not notice.
/// </remarks>
public sealed class DeliveryWakeUp
{
    /// <summary>The first pause after an empty poll.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(50);

    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when <see cref="Wake"/> is next called; take it before polling, so a wake during the poll is not missed.</summary>
    public Task Signal => Volatile.Read(ref _next).Task;

    /// <summary>Work was queued: every loop waiting on the current <see cref="Signal"/> polls now.</summary>
    public void Wake() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>The pause after <paramref name="emptyPolls"/> empty polls in a row (1 = the first), at most <paramref name="longest"/>.</summary>
    public static TimeSpan Pause(int emptyPolls, TimeSpan longest) =>
        TimeSpan.FromTicks(Math.Min(longest.Ticks, Shortest.Ticks << Math.Clamp(emptyPolls - 1, 0, 16)));

    /// <summary>Waits <paramref name="pause"/> or until <paramref name="signal"/> completes, whichever is first.</summary>
    public static async Task SleepAsync(Task signal, TimeSpan pause, CancellationToken cancellationToken)
    {
        if (!signal.IsCompleted)
        {
            await Task.WhenAny(signal, Task.Delay(pause, cancellationToken)).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
