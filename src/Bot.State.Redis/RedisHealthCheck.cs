using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>Ready when every Redis primary answers PING (for a cluster: all of its masters).</summary>
/// <remarks>
/// The one Redis check: every feature shares the connection, so one answer covers conversations,
/// broadcasts, scam reports and analytics, and the message says what each loses while Redis is down.
/// </remarks>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var primaries = redis.GetServers().Where(s => !s.IsReplica).ToList();
        if (primaries.Count == 0)
        {
            return HealthCheckResult.Unhealthy("Redis: no server reachable; check Redis__ConnectionString and that Redis is running.");
        }

        var failed = 0;
        var slowest = TimeSpan.Zero;
        foreach (var server in primaries)
        {
            try
            {
                var took = await server.PingAsync().WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
                slowest = took > slowest ? took : slowest;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                failed++;
            }
        }

        return failed == 0
            ? HealthCheckResult.Healthy($"Redis: {primaries.Count} primary(ies) answer, slowest PING {slowest.TotalMilliseconds:0.#} ms")
            : HealthCheckResult.Unhealthy($"Redis: {failed} of {primaries.Count} primary(ies) do not answer; conversations get \"try again later\", alerts wait in the queue and scam reports fail until Redis is back.");
    }
}
