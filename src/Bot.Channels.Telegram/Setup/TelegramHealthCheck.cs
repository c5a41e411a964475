using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Channels.Telegram.Setup;

/// <summary>Ready when the bot reached Telegram (webhook set, or polling answered); says what is wrong otherwise.</summary>
public sealed class TelegramHealthCheck(TelegramStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = status.Problem switch
        {
            null => HealthCheckResult.Healthy($"telegram bot @{status.BotUsername}"),
            var problem when status.Fatal => HealthCheckResult.Unhealthy(problem),
            var problem => HealthCheckResult.Degraded(problem),
        };
        return Task.FromResult(result);
    }
}
