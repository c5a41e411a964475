using Bot.Dialogs.Officers;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary>The audit log as a Redis stream (XADD only: entries are never changed or trimmed by the bot).</summary>
public sealed class RedisAuditLog(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time) : IAuditLog
{
    public Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken) =>
        redis.GetDatabase().StreamAddAsync(keys.Audit, [
            new("at", time.GetUtcNow().ToString("O")), new("who", who), new("action", action), new("detail", detail),
        ]);

    public async Task<IReadOnlyList<AuditEntry>> ReadLatestAsync(int count, CancellationToken cancellationToken)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(keys.Audit, "-", "+", count, Order.Descending).ConfigureAwait(false);
        return entries.Select(e => new AuditEntry(
            DateTimeOffset.Parse(e["at"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
            e["who"].ToString(), e["action"].ToString(), e["detail"].ToString())).ToList();
    }
}
