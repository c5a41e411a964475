using System.Collections.Concurrent;

namespace Bot.Broadcasts.Storage;

/// <summary>Scratch values in this process (the embedded default).</summary>
public sealed class InMemoryScratchStore(TimeProvider time) : IScratchStore
{
    private readonly ConcurrentDictionary<string, (string Value, DateTimeOffset Expires)> _values = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(name, out var v) && v.Expires > time.GetUtcNow() ? v.Value : null);

    public Task SetAsync(string name, string value, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        _values[name] = (value, time.GetUtcNow() + lifetime);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        _values.TryRemove(name, out _);
        return Task.CompletedTask;
    }
}
