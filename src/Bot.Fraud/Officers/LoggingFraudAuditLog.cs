using Microsoft.Extensions.Logging;

namespace Bot.Fraud.Officers;

/// <summary>The audit log without Redis: one structured log line per addition (the time is the log line's).</summary>
public sealed class LoggingFraudAuditLog(ILogger<LoggingFraudAuditLog> logger) : IFraudAuditLog
{
    public Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken)
    {
        logger.LogInformation("Audit: {Who} {Action} {Detail}", who, action, detail);
        return Task.CompletedTask;
    }
}
