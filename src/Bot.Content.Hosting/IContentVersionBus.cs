namespace Bot.Content.Hosting;

/// <summary>
/// Tells every instance of the bot which content version is in force, so instances sharing one
/// Redis converge on the same version (after an edit, a rollback, or a restart).
/// </summary>
/// <remarks>
/// Versions travel with their files (<see cref="ContentPackage"/>), so an instance on another
/// machine, with its own content folder, can load a version it never saw. The default
/// <see cref="InProcessContentVersionBus"/> reaches this process only; <see cref="RedisContentVersionBus"/>
/// is used when <c>Redis:ConnectionString</c> is set.
/// </remarks>
public interface IContentVersionBus
{
    /// <summary>Makes <paramref name="package"/> the fleet's version and announces it.</summary>
    Task PublishAsync(ContentPackage package, CancellationToken cancellationToken = default);

    /// <summary>The fleet's version in force, or null when none was published yet.</summary>
    Task<string?> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="version"/> was published before (so a restart with it is stale, not a deploy).</summary>
    Task<bool> WasPublishedAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>The files of a published version, or null when they are no longer kept.</summary>
    Task<ContentPackage?> FetchAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onVersion"/> for every version announced (including by this instance), one at a time.</summary>
    /// <returns>Dispose to stop listening.</returns>
    Task<IAsyncDisposable> SubscribeAsync(Func<string, Task> onVersion, CancellationToken cancellationToken = default);
}
