namespace Bot.Fraud.Officers;

/// <summary>Where list additions are recorded: who, what, when.</summary>
/// <remarks>The host points this at the broadcast feature's append-only audit log when it is configured.</remarks>
public interface IFraudAuditLog
{
    /// <summary>Appends one entry; <paramref name="detail"/> holds a domain or a masked number, never a plain phone number.</summary>
    Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken);
}
