using System.Globalization;
using Bot.Channels.Zalo.OfficialAccount.Alerts;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Channels.Zalo.Redis;

/// <summary>The contact book in Redis: two hashes per OA app, <c>…{zalo-oa:&lt;app id&gt;}:seen</c> (user → unix ms) and <c>…:follows</c> (user → 1/0).</summary>
/// <remarks>
/// Writes are fire-and-forget, so a resident's turn never waits for them; a lost write only means the next
/// alert tries a customer-service message first. One hash field per user, about 40 bytes each.
/// </remarks>
public sealed class RedisZaloContactBook(IConnectionMultiplexer redis, string keyPrefix, string appId, ILogger<RedisZaloContactBook> logger) : IZaloContactBook
{
    private readonly RedisKey _seen = $"{keyPrefix}{{zalo-oa:{appId}}}:seen";
    private readonly RedisKey _follows = $"{keyPrefix}{{zalo-oa:{appId}}}:follows";

    public ValueTask InteractedAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Write(db => db.HashSet(_seen, userId, at.ToUnixTimeMilliseconds(), flags: CommandFlags.FireAndForget));

    public ValueTask FollowsAsync(string userId, bool follows, CancellationToken cancellationToken) =>
        Write(db => db.HashSet(_follows, userId, follows ? 1 : 0, flags: CommandFlags.FireAndForget));

    public async ValueTask<ZaloContact> GetAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var db = redis.GetDatabase();
            var seen = db.HashGetAsync(_seen, userId);
            var follows = db.HashGetAsync(_follows, userId);
            await Task.WhenAll(seen, follows).ConfigureAwait(false);
            DateTimeOffset? last = long.TryParse(seen.Result.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253_402_300_799_999))
                : null;
            bool? follower = follows.Result.IsNull ? null : follows.Result == 1;
            return new ZaloContact(last, follower);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning("Zalo contact book unavailable ({Failure}); routing as unknown", ex.GetType().Name);
            return new ZaloContact(null, null);
        }
    }

    private ValueTask Write(Action<IDatabase> write)
    {
        try
        {
            write(redis.GetDatabase());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning("Zalo contact book write skipped ({Failure})", ex.GetType().Name);
        }

        return ValueTask.CompletedTask;
    }
}
