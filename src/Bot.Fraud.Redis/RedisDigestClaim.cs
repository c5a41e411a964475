using Bot.Fraud.Reports;
using StackExchange.Redis;

namespace Bot.Fraud.Redis;

/// <summary>One instance per day sends the digest: the first SET NX of the day's key wins; the key expires after three days.</summary>
public sealed class RedisDigestClaim(IConnectionMultiplexer redis, FraudRedisKeys keys) : IDigestClaim
{
    public async ValueTask<bool> TryClaimAsync(DateOnly day, CancellationToken cancellationToken) =>
        await redis.GetDatabase().StringSetAsync(keys.DigestDay(day), Environment.MachineName, TimeSpan.FromDays(3), When.NotExists)
            .ConfigureAwait(false);
}
