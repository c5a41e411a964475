using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Bot.Fraud.Web.Redis;

/// <summary>Ready when the Redis holding reports and the officers' list additions answers a PING.</summary>
internal sealed class FraudRedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy($"scam reports and lists reachable ({latency.TotalMilliseconds:0.0} ms)");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("scam reports and lists (Redis) unreachable: reports fail and list additions wait", ex);
        }
    }
}
