using System.Text.Json;
using Bot.Admin;
using StackExchange.Redis;

namespace Bot.Operations.Redis;

/// <summary>
/// Dashboard sessions in Redis, shared by every instance: a session revoked on one instance is refused
/// by all on their next request, and sessions survive a restart.
/// </summary>
/// <remarks>
/// Keys, one hash slot (<c>{admin}</c>) so each change is one transaction on a cluster too:
/// <c>{prefix}{admin}:s:{id}</c> (the session as JSON, expiring with it), <c>{prefix}{admin}:h:{holder}</c>
/// (set of the holder's session ids) and <c>{prefix}{admin}:sessions</c> (sorted set id → expiry, for the list).
/// Only the token's hash is stored: nothing here opens a session.
/// </remarks>
public sealed class RedisAdminSessionStore(IConnectionMultiplexer redis, string keyPrefix, TimeProvider time) : IAdminSessionStore
{
    /// <summary>How long a holder's index lives after its last sign-in: longer than any session (Admin:SessionHours is at most 24).</summary>
    private static readonly TimeSpan HolderLifetime = TimeSpan.FromHours(25);

    private readonly string _prefix = keyPrefix + "{admin}:";

    public string Name => "redis";

    private RedisKey Index => _prefix + "sessions";

    public async Task AddAsync(AdminSessionRecord session, CancellationToken cancellationToken)
    {
        var ttl = session.ExpiresAt - time.GetUtcNow();
        if (ttl <= TimeSpan.Zero)
        {
            return;
        }

        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.StringSetAsync(Session(session.Id), JsonSerializer.Serialize(session, AdminSessionJson.Default.AdminSessionRecord), ttl);
        _ = transaction.SetAddAsync(Holder(session.Holder), session.Id);
        _ = transaction.KeyExpireAsync(Holder(session.Holder), HolderLifetime); // outlives every session of the holder (24 h at most)
        _ = transaction.SortedSetAddAsync(Index, session.Id, session.ExpiresAt.ToUnixTimeMilliseconds());
        await transaction.ExecuteAsync().ConfigureAwait(false);
    }

    public async Task<AdminSessionRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        Parse(await redis.GetDatabase().StringGetAsync(Session(id)).ConfigureAwait(false));

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var session = Parse(await db.StringGetAsync(Session(id)).ConfigureAwait(false));
        var transaction = db.CreateTransaction();
        var deleted = transaction.KeyDeleteAsync(Session(id));
        _ = transaction.SortedSetRemoveAsync(Index, id);
        if (session is not null)
        {
            _ = transaction.SetRemoveAsync(Holder(session.Holder), id);
        }

        await transaction.ExecuteAsync().ConfigureAwait(false);
        return await deleted.ConfigureAwait(false);
    }

    public async Task<int> RemoveHolderAsync(string holder, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var ids = await db.SetMembersAsync(Holder(holder)).ConfigureAwait(false);
        var transaction = db.CreateTransaction();
        var deleted = transaction.KeyDeleteAsync(ids.Select(id => Session(id.ToString())).ToArray());
        _ = transaction.SortedSetRemoveAsync(Index, ids);
        _ = transaction.KeyDeleteAsync(Holder(holder));
        await transaction.ExecuteAsync().ConfigureAwait(false);
        return (int)await deleted.ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AdminSessionRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SortedSetRemoveRangeByScoreAsync(Index, double.NegativeInfinity, now).ConfigureAwait(false);
        var ids = await db.SortedSetRangeByScoreAsync(Index, now, double.PositiveInfinity, take: 1000).ConfigureAwait(false);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await db.StringGetAsync(ids.Select(id => Session(id.ToString())).ToArray()).ConfigureAwait(false);
        return values.Select(Parse).OfType<AdminSessionRecord>().ToList();
    }

    private RedisKey Session(string id) => _prefix + "s:" + id;

    private RedisKey Holder(string holder) => _prefix + "h:" + holder;

    private static AdminSessionRecord? Parse(RedisValue value)
    {
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize((string)value!, AdminSessionJson.Default.AdminSessionRecord);
        }
        catch (JsonException)
        {
            return null; // unreadable (another version wrote it): the holder signs in again
        }
    }
}
