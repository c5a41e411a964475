namespace Bot.Dialogs.Officers;

/// <summary>Append-only record of every officer action: who, what, when. One log for alerts and list additions.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry; <paramref name="detail"/> holds ids, a domain or a masked number, never message text or personal data.</summary>
    Task AppendAsync(string who, string action, string detail, CancellationToken cancellationToken);

    /// <summary>The newest entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadLatestAsync(int count, CancellationToken cancellationToken);
}
