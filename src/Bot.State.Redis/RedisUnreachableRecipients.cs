using System.Globalization;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>Unreachable marks of every channel in Redis, so a refusal seen by one instance stops broadcasts from every instance.</summary>
/// <remarks>
/// One small key per resident beside their conversation, <c>{prefix}{c:channel:chat id}:x</c> =
/// <c>"&lt;since ms&gt;|&lt;reason&gt;"</c>, expiring after <c>ttl</c> (<see cref="RedisStateOptions.UnreachableMarkTtl"/>):
/// a mark that outlives it costs one refused send, which records it again, while marks of people who
/// never come back do not pile up forever. It shares the conversation's hash tag so the turn commit
/// script deletes it in the same atomic step (a resident who writes is reachable again, at no extra
/// round trip). Marks are an optimisation, so a Redis failure here is logged and skipped rather than
/// failing a resident's turn or a broadcast.
/// </remarks>
public sealed class RedisUnreachableRecipients(
    IConnectionMultiplexer redis,
    string keyPrefix,
    TimeSpan ttl,
    TimeProvider time,
    ILogger<RedisUnreachableRecipients> logger) : IUnreachableRecipients
{
    private readonly ConversationKeys _keys = new(keyPrefix);

    public async ValueTask MarkAsync(ConversationKey key, string reason, CancellationToken cancellationToken)
    {
        var value = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "|" + reason;
        await TryAsync("mark", db => db.StringSetAsync(Key(key), value, ttl)).ConfigureAwait(false);
    }

    public async ValueTask ClearAsync(ConversationKey key, CancellationToken cancellationToken) =>
        await TryAsync("clear", db => db.KeyDeleteAsync(Key(key))).ConfigureAwait(false);

    /// <summary>Nothing to do: the turn's commit deletes the mark (<see cref="RedisScripts.Commit"/>).</summary>
    public ValueTask ResidentWritesAsync(ConversationKey key, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<UnreachableMark?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var value = (string?)await TryAsync("find", db => db.StringGetAsync(Key(key))).ConfigureAwait(false);
        if (value is null)
        {
            return null;
        }

        var separator = value.IndexOf('|', StringComparison.Ordinal);
        var since = separator > 0 && long.TryParse(value.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253_402_300_799_999))
            : DateTimeOffset.UnixEpoch;
        return new UnreachableMark(separator >= 0 ? value[(separator + 1)..] : value, since);
    }

    /// <summary>The key of one resident's mark.</summary>
    public RedisKey Key(ConversationKey key) => _keys.Unreachable(key);

    private async Task<T?> TryAsync<T>(string operation, Func<IDatabase, Task<T>> call)
    {
        try
        {
            return await call(redis.GetDatabase()).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning("Unreachable mark {Operation} skipped: Redis failed ({Failure})", operation, ex.GetType().Name);
            return default;
        }
    }
}
