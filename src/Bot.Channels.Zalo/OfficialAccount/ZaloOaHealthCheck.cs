using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Not ready while the OA cannot obtain tokens (the operator must re-authorize); says nothing about Zalo itself.</summary>
internal sealed class ZaloOaHealthCheck(ZaloOaTokenManager tokens) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(tokens.LastError is { } error
            ? HealthCheckResult.Unhealthy(error)
            : HealthCheckResult.Healthy("Zalo OA tokens usable"));
}
