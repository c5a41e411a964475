namespace Bot.Channels.Telegram.Sending;

/// <summary>
/// The send limit over all chats: a token bucket of <c>burst</c> sends, refilled at <c>perSecond</c>, computed from the
/// clock when a send asks for a token rather than by a timer that refills it.
/// </summary>
/// <remarks>
/// The library's <c>TokenBucketRateLimiter</c> with automatic replenishment ran a timer ten times a second for the life
/// of the process, busy or idle: a thread-pool wake-up every 100 ms that the CPU per turn paid for at low traffic (issue
/// #18, round 4). Here a send that finds a token takes it under a lock and never touches a timer; a send that finds the
/// bucket empty reserves the next free slot (the count goes below zero, so waiting sends keep their order and the rate
/// holds however many wait) and sleeps until that slot, once. Nothing runs while no one sends.
/// </remarks>
public sealed class GlobalSendBudget
{
    private readonly double _perSecond;
    private readonly double _burst;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private double _tokens;
    private long _lastRefill;

    public GlobalSendBudget(double perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _perSecond = perSecond;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>Waits until one more send fits under the limit, then counts it.</summary>
    /// <remarks>A send cancelled while waiting gives its slot back, so a cancelled broadcast does not slow the residents.</remarks>
    public async ValueTask TakeAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _perSecond));
            _lastRefill = now;
            _tokens -= 1;
            if (_tokens >= 0)
            {
                return;
            }

            wait = TimeSpan.FromSeconds(-_tokens / _perSecond);
        }

        try
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (_lock)
            {
                _tokens += 1;
            }

            throw;
        }
    }
}
