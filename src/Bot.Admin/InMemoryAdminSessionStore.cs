using System.Collections.Concurrent;

namespace Bot.Admin;

/// <summary>Sessions in this process (one instance; they end with a restart). With Redis configured the dashboard uses the Redis store.</summary>
public sealed class InMemoryAdminSessionStore(TimeProvider time) : IAdminSessionStore
{
    /// <summary>At most this many sessions are kept; the oldest go first (a flood of sign-ins cannot fill the memory).</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, AdminSessionRecord> _sessions = new(StringComparer.Ordinal);

    public string Name => "memory";

    public Task AddAsync(AdminSessionRecord session, CancellationToken cancellationToken)
    {
        if (_sessions.Count >= Capacity)
        {
            Trim();
        }

        _sessions[session.Id] = session;
        return Task.CompletedTask;
    }

    public Task<AdminSessionRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.TryGetValue(id, out var session) && session.ExpiresAt > time.GetUtcNow() ? session : null);

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_sessions.TryRemove(id, out _));

    public Task<int> RemoveHolderAsync(string holder, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var session in _sessions.Values.Where(s => s.Holder == holder))
        {
            removed += _sessions.TryRemove(session.Id, out _) ? 1 : 0;
        }

        return Task.FromResult(removed);
    }

    public Task<IReadOnlyList<AdminSessionRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<AdminSessionRecord>>(_sessions.Values.Where(s => s.ExpiresAt > now).OrderBy(s => s.ExpiresAt).ToList());
    }

    private void Trim()
    {
        var now = time.GetUtcNow();
        foreach (var expired in _sessions.Values.Where(s => s.ExpiresAt <= now))
        {
            _sessions.TryRemove(expired.Id, out _);
        }

        foreach (var oldest in _sessions.Values.OrderBy(s => s.CreatedAt).Take(Math.Max(0, _sessions.Count - (Capacity * 9 / 10))))
        {
            _sessions.TryRemove(oldest.Id, out _);
        }
    }
}
