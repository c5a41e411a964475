using System.Globalization;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Channels.Zalo;

/// <summary>Unreachable marks in Redis, so a -230 seen by one instance stops broadcasts from every instance.</summary>
/// <remarks>
/// One small key per resident, <c>{prefix}zalo:unreachable:{channel}:{chat id}</c> = <c>"&lt;since ms&gt;|&lt;reason&gt;"</c>,
/// expiring after <c>ttl</c>: a mark that outlives it costs one refused send, which records it again,
/// while marks of people who never come back do not pile up forever. Marks are an optimisation, so
/// a Redis failure here is logged and skipped rather than failing a resident's turn or a broadcast.
/// </remarks>
public sealed class RedisUnreachableRecipients(
    IConnectionMultiplexer redis,
    string keyPrefix,
    TimeSpan ttl,
    TimeProvider time,
    ILogger<RedisUnreachableRecipients> logger) : IUnreachableRecipients
{
    public async ValueTask MarkAsync(ConversationKey key, string reason, CancellationToken cancellationToken)
    {
        var value = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "|" + reason;
        await TryAsync("mark", db => db.StringSetAsync(Key(key), value, ttl)).ConfigureAwait(false);
    }

    public async ValueTask ClearAsync(ConversationKey key, CancellationToken cancellationToken) =>
        await TryAsync("clear", db => db.KeyDeleteAsync(Key(key))).ConfigureAwait(false);

    public async ValueTask<UnreachableMark?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var value = (string?)await TryAsync("find", db => db.StringGetAsync(Key(key))).ConfigureAwait(false);
        if (value is null)
        {
            return null;
        }

        var separator = value.IndexOf('|', StringComparison.Ordinal);
        var since = separator > 0 && long.TryParse(value.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.UnixEpoch;
        return new UnreachableMark(separator >= 0 ? value[(separator + 1)..] : value, since);
    }

    /// <summary>The key of one resident's mark.</summary>
    public RedisKey Key(ConversationKey key) => keyPrefix + "zalo:unreachable:" + key.Channel + ":" + key.ChatId;

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
