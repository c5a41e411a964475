using System.Collections.Concurrent;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>The per-channel send rate, shared by every instance through one Redis token bucket.</summary>
/// <remarks>
/// Messages are spaced evenly (a small burst of rate/20, at least 2, is allowed), so the platform sees a steady
/// stream instead of a burst at the start of each second; a 429 pauses the channel for everyone.
/// </remarks>
public sealed class RedisRateLimiter(IConnectionMultiplexer redis, RedisKeys keys, IOptions<BroadcastOptions> options)
{
    // One waiter per channel per process asks Redis; the others queue here. Without this, every
    // sender in flight would poll Redis for each free slot (64 calls per message at concurrency 64).
    // Tokens are fetched a few at a time (up to 10 ms' worth) so a fast channel needs ~100 Redis calls/s, not 1,000.
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits until one message may be sent on <paramref name="channel"/>.</summary>
    public async Task AcquireAsync(string channel, CancellationToken cancellationToken)
    {
        var rate = options.Value.RateFor(channel);
        var interval = 1_000_000L / rate;
        // Two slots of slack at least: a sender that wakes a little late may catch up instead of losing the slot.
        var burst = interval * Math.Max(2, rate / 20);
        var want = Math.Max(1, rate / 100);
        var gate = _gates.GetOrAdd(channel, _ => new Gate());
        await gate.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (gate.Tokens == 0)
            {
                var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(DeliveryScripts.Acquire,
                    [keys.RateBucket(channel), keys.Pause(channel)], [interval, burst, want]).ConfigureAwait(false))!;
                gate.Tokens = (int)result[0];
                if (gate.Tokens == 0)
                {
                    await Task.Delay(TimeSpan.FromMicroseconds(Math.Max((long)result[1], 500)), cancellationToken).ConfigureAwait(false);
                }
            }

            gate.Tokens--;
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>The local queue of one channel's senders and the tokens fetched for them.</summary>
    private sealed class Gate
    {
        public readonly SemaphoreSlim Lock = new(1, 1);
        public int Tokens;
    }

    /// <summary>Pauses the channel for every instance (the platform answered 429 with <paramref name="retryAfter"/>).</summary>
    public Task PauseAsync(string channel, TimeSpan retryAfter)
    {
        // Tokens fetched before the 429 are dropped, so nothing more goes out until the pause ends.
        if (_gates.TryGetValue(channel, out var gate))
        {
            gate.Tokens = 0;
        }

        return redis.GetDatabase().StringSetAsync(keys.Pause(channel), "1", retryAfter < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : retryAfter);
    }
}
