using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Officers;

/// <summary>The audit log without a store (no Redis): one structured log line per action (the time is the log line's); nothing to read back.</summary>
public sealed class LoggingAuditLog(ILogger<LoggingAuditLog> logger) : IAuditLog
{
    public Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken)
    {
        logger.LogInformation("Audit: {Who} {Action} {Detail}", who, action, detail);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ReadLatestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([]);
}
