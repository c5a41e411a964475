namespace Bot.Channels.Telegram.Sending;

/// <summary>Per-chat token buckets: a short burst (one turn's replies), then at most the configured rate.</summary>
/// <remarks>Also holds a chat back after a 429 until Telegram's <c>retry_after</c> has passed.</remarks>
public sealed class ChatPacer(double perSecond, int burst, TimeProvider time)
{
    private const int TrimAbove = 10_000;
    private readonly Dictionary<long, Bucket> _buckets = [];
    private readonly Lock _lock = new();

    /// <summary>Waits until <paramref name="chatId"/> may receive one more message, then takes the slot.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var bucket = Get(chatId, now);
                if (bucket.PausedUntil > now)
                {
                    wait = bucket.PausedUntil - now;
                }
                else
                {
                    Refill(bucket, now);
                    if (bucket.Tokens >= 1)
                    {
                        bucket.Tokens -= 1;
                        return;
                    }

                    wait = TimeSpan.FromSeconds((1 - bucket.Tokens) / perSecond);
                }
            }

            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Holds the chat back for <paramref name="duration"/> (Telegram answered 429).</summary>
    public void Pause(long chatId, TimeSpan duration)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var bucket = Get(chatId, now);
            var until = now + duration;
            if (until > bucket.PausedUntil)
            {
                bucket.PausedUntil = until;
            }

            bucket.Tokens = 0;
            bucket.LastRefill = until;
        }
    }

    private Bucket Get(long chatId, DateTimeOffset now)
    {
        if (_buckets.TryGetValue(chatId, out var bucket))
        {
            return bucket;
        }

        if (_buckets.Count >= TrimAbove)
        {
            Trim(now);
        }

        bucket = new Bucket { Tokens = burst, LastRefill = now };
        _buckets[chatId] = bucket;
        return bucket;
    }

    private void Refill(Bucket bucket, DateTimeOffset now)
    {
        var elapsed = (now - bucket.LastRefill).TotalSeconds;
        if (elapsed > 0)
        {
            bucket.Tokens = Math.Min(burst, bucket.Tokens + (elapsed * perSecond));
            bucket.LastRefill = now;
        }
    }

    // Chats whose bucket is full again are indistinguishable from new ones: forget them.
    private void Trim(DateTimeOffset now)
    {
        foreach (var (chat, bucket) in _buckets.ToList())
        {
            Refill(bucket, now);
            if (bucket.Tokens >= burst && bucket.PausedUntil <= now)
            {
                _buckets.Remove(chat);
            }
        }
    }

    private sealed class Bucket
    {
        public double Tokens;
        public DateTimeOffset LastRefill;
        public DateTimeOffset PausedUntil;
    }
}
