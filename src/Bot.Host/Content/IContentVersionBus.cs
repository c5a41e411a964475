namespace Bot.Host.Content;

/// <summary>
/// Tells every instance of the bot which content version is in force, so instances sharing one
/// Redis converge on the same version (after an edit, a rollback, or a restart).
/// </summary>
/// <remarks>
/// The default <see cref="InProcessContentVersionBus"/> only reaches subscribers in this process.
/// A Redis implementation should: on publish, <c>SET content:current {version}</c> and
/// <c>PUBLISH content:version {version}</c>; on subscribe, read <c>content:current</c> once (so a
/// starting instance joins the fleet's version) and then listen on the channel. Register it
/// before <c>AddContentReload</c>; it replaces the default.
/// </remarks>
public interface IContentVersionBus
{
    /// <summary>Announces that <paramref name="version"/> is now in force.</summary>
    Task PublishAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onVersion"/> for every version announced (including by this instance).</summary>
    /// <returns>Dispose to stop listening.</returns>
    Task<IAsyncDisposable> SubscribeAsync(Func<string, Task> onVersion, CancellationToken cancellationToken = default);
}
