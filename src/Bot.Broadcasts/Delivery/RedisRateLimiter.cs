using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Broadcasts.Delivery;

/// <summary>The per-channel send rate, shared by every instance through one Redis token bucket.</summary>
/// <remarks>
/// Messages are spaced evenly (a small burst of rate/20 is allowed), so the platform sees a steady
/// stream instead of a burst at the start of each second; a 429 pauses the channel for everyone.
/// </remarks>
public sealed class RedisRateLimiter(IConnectionMultiplexer redis, RedisKeys keys, IOptions<BroadcastOptions> options)
{
    /// <summary>Waits until one message may be sent on <paramref name="channel"/>.</summary>
    public async Task AcquireAsync(string channel, CancellationToken cancellationToken)
    {
        var rate = options.Value.RateFor(channel);
        var interval = 1_000_000L / rate;
        var burst = interval * Math.Max(1, rate / 20);
        while (true)
        {
            var wait = (long)await redis.GetDatabase().ScriptEvaluateAsync(DeliveryScripts.Acquire,
                [keys.RateBucket(channel), keys.Pause(channel)], [interval, burst]).ConfigureAwait(false);
            if (wait <= 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMicroseconds(Math.Max(wait, 500)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Pauses the channel for every instance (the platform answered 429 with <paramref name="retryAfter"/>).</summary>
    public Task PauseAsync(string channel, TimeSpan retryAfter) =>
        redis.GetDatabase().StringSetAsync(keys.Pause(channel), "1", retryAfter < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : retryAfter);
}
