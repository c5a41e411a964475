namespace Bot.Admin;

/// <summary>Where dashboard sessions live, so that revoking one ends it at once (in memory; in Redis across instances).</summary>
public interface IAdminSessionStore
{
    /// <summary>Where sessions are kept ("memory", "redis"), for the start-up line and docs.</summary>
    string Name { get; }

    /// <summary>Keeps a new session until its <see cref="AdminSessionRecord.ExpiresAt"/>.</summary>
    Task AddAsync(AdminSessionRecord session, CancellationToken cancellationToken);

    /// <summary>The session with this id, or null when unknown, expired or revoked.</summary>
    Task<AdminSessionRecord?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Ends one session; false when it did not exist.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Ends every session of <paramref name="holder"/>; returns how many there were.</summary>
    Task<int> RemoveHolderAsync(string holder, CancellationToken cancellationToken);

    /// <summary>Every live session, soonest to expire first.</summary>
    Task<IReadOnlyList<AdminSessionRecord>> ListAsync(CancellationToken cancellationToken);
}
