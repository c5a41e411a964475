using Bot.Broadcasts.Officers;
using Bot.Fraud.Officers;

namespace Bot.Host.Composition.Bridges;

/// <summary>Officers' additions to the scam lists go into the same append-only audit stream as their alerts.</summary>
public sealed class BroadcastFraudAuditLog(IAuditLog audit) : IFraudAuditLog
{
    public Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(who, action, detail, cancellationToken);
}
