using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Channels.Zalo;

/// <summary>One Zalo channel's readiness, from the latest outcome of each kind of call to Zalo.</summary>
/// <remarks>
/// Unhealthy when a call failed in a way only an operator can fix (a refused refresh token, bot
/// token or webhook registration): nothing this channel sends will arrive until then. Degraded when
/// the most recent call failed for a passing reason (Zalo slow or unreachable): replies are retried,
/// and taking the whole bot out of rotation would also stop the web chat and Telegram.
/// </remarks>
public sealed class ZaloApiHealthCheck(ZaloApiStatus status, string channel) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var latest = status.Latest;
        if (latest.Where(o => o is { Failure: not null, OperatorMustAct: true }).OrderByDescending(o => o.At).FirstOrDefault() is { } blocking)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"{channel}: {blocking.Operation} failed: {blocking.Failure}"));
        }

        if (latest.MaxBy(o => o.At) is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{channel}: no call to Zalo yet"));
        }

        return Task.FromResult(last.Failure is { } failure
            ? HealthCheckResult.Degraded($"{channel}: the last call to Zalo ({last.Operation}) failed: {failure}; it is retried")
            : HealthCheckResult.Healthy($"{channel}: the last call to Zalo ({last.Operation}) worked at {last.At:O}"));
    }
}
