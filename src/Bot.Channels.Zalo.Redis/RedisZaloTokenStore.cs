using StackExchange.Redis;

using Bot.Channels.Zalo.Tokens;

namespace Bot.Channels.Zalo.Redis;

/// <summary>Keeps the OA's tokens in Redis, encrypted, so every instance of the bot shares one rotating pair.</summary>
/// <remarks>
/// <para>
/// Two keys, both under the hash tag <c>{zalo-oa:&lt;app id&gt;}</c> (one Cluster slot): <c>…:tokens</c>
/// holds <see cref="ZaloTokenProtector"/>'s ciphertext, never the tokens themselves; <c>…:refresh-lease</c>
/// holds a random value while one instance refreshes (<c>SET NX PX</c>). The lease is released by a
/// compare-and-delete script, so an instance whose lease ran out cannot delete the lease another
/// instance took meanwhile.
/// </para>
/// <para>
/// Durability is Redis's: run it with <c>appendonly yes</c> so a rotated refresh token written here
/// survives a Redis restart (Zalo has already forgotten the previous one).
/// </para>
/// </remarks>
public sealed class RedisZaloTokenStore : IZaloTokenStore
{
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly ZaloTokenProtector _protector;

    /// <param name="redis">The bot's shared connection.</param>
    /// <param name="protector">Encrypts the tokens (key derived from the app secret).</param>
    /// <param name="keyPrefix">The key space of the token pair (<see cref="Bot.State.Redis.RedisKeySpaces.ZaloTokens"/>, <c>Redis:KeyPrefix</c>).</param>
    /// <param name="appId">The OA's app id: several OAs may share one Redis.</param>
    public RedisZaloTokenStore(IConnectionMultiplexer redis, ZaloTokenProtector protector, string keyPrefix, string appId)
    {
        _redis = redis;
        _protector = protector;
        var tag = keyPrefix + "{zalo-oa:" + appId.Trim() + "}";
        TokensKey = tag + ":tokens";
        LeaseKey = tag + ":refresh-lease";
    }

    /// <summary>The key holding the encrypted tokens.</summary>
    public RedisKey TokensKey { get; }

    /// <summary>The key holding the refresh lease.</summary>
    public RedisKey LeaseKey { get; }

    public async Task<ZaloTokens?> LoadAsync(CancellationToken cancellationToken)
    {
        var value = await CallAsync(db => db.StringGetAsync(TokensKey)).ConfigureAwait(false);
        return value.IsNullOrEmpty ? null : _protector.Unprotect(value.ToString());
    }

    public Task SaveAsync(ZaloTokens tokens, CancellationToken cancellationToken) =>
        CallAsync(db => db.StringSetAsync(TokensKey, _protector.Protect(tokens)));

    public async Task<IAsyncDisposable?> TryAcquireRefreshLeaseAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var holder = Guid.NewGuid().ToString("N");
        var taken = await CallAsync(db => db.StringSetAsync(LeaseKey, holder, duration, When.NotExists)).ConfigureAwait(false);
        return taken ? new Lease(this, holder) : null;
    }

    private async Task<T> CallAsync<T>(Func<IDatabase, Task<T>> call)
    {
        try
        {
            return await call(_redis.GetDatabase()).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new ZaloTokenException(
                "Redis (the Zalo OA token store) cannot be reached; OA messages wait until it is back. Check Redis:ConnectionString and that Redis runs.",
                ex, isTransient: true);
        }
    }

    private sealed class Lease(RedisZaloTokenStore store, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await store._redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [store.LeaseKey], [holder]).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // The lease expires by itself after its duration; nothing else to do.
            }
        }
    }
}
