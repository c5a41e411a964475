using System.Collections.Concurrent;

namespace Bot.Content.Hosting;

/// <summary>A version bus that reaches only this process (one instance, or several hosts in one test process).</summary>
public sealed class InProcessContentVersionBus : IContentVersionBus
{
    private readonly ConcurrentDictionary<Guid, Func<string, Task>> _subscribers = new();
    private readonly ConcurrentDictionary<string, ContentPackage> _published = new(StringComparer.Ordinal);

    /// <summary>The last version announced, for subscribers that join later.</summary>
    public string? Current { get; private set; }

    public async Task PublishAsync(ContentPackage package, CancellationToken cancellationToken = default)
    {
        _published[package.Version] = package;
        Current = package.Version;
        foreach (var subscriber in _subscribers.Values)
        {
            await subscriber(package.Version).ConfigureAwait(false);
        }
    }

    public Task<string?> CurrentAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current);

    public Task<bool> WasPublishedAsync(string version, CancellationToken cancellationToken = default) =>
        Task.FromResult(_published.ContainsKey(version));

    public Task<ContentPackage?> FetchAsync(string version, CancellationToken cancellationToken = default) =>
        Task.FromResult(_published.TryGetValue(version, out var package) ? package : null);

    public Task<IAsyncDisposable> SubscribeAsync(Func<string, Task> onVersion, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = onVersion;
        return Task.FromResult<IAsyncDisposable>(new Subscription(() => _subscribers.TryRemove(id, out _)));
    }

    private sealed class Subscription(Action dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            dispose();
            return ValueTask.CompletedTask;
        }
    }
}
