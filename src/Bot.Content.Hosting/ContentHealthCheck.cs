using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Content.Hosting;

/// <summary>Ready when content is loaded (it always is once the host started; reports the version).</summary>
public sealed class ContentHealthCheck(ContentRuntime content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var engine = content.Current;
        return Task.FromResult(HealthCheckResult.Healthy($"content {engine.Content.Version}, {engine.Content.Flows.Count} flows"));
    }
}
