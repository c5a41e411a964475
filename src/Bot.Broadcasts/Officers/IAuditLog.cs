namespace Bot.Broadcasts.Officers;

/// <summary>Append-only record of every officer action: who, what, when, from which chat identity.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry; <paramref name="detail"/> must hold no message text or personal data beyond ids.</summary>
    Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken);

    /// <summary>The newest entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadLatestAsync(int count, CancellationToken cancellationToken);
}
