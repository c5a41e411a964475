using Bot.Broadcasts.Storage;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary>Scratch values in Redis with a TTL, so any instance answers the next message.</summary>
public sealed class RedisScratchStore(IConnectionMultiplexer redis, RedisKeys keys) : IScratchStore
{
    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken) =>
        (string?)await redis.GetDatabase().StringGetAsync(keys.Scratch(name)).ConfigureAwait(false);

    public Task SetAsync(string name, string value, TimeSpan lifetime, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(keys.Scratch(name), value, lifetime);

    public Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(keys.Scratch(name));
}
