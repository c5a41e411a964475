namespace Bot.Operations.Sources;

/// <summary>The broadcasts feature's view of its recent broadcasts (implemented by Bot.Broadcasts).</summary>
public interface IBroadcastProgressSource
{
    /// <summary>The most recent broadcasts, newest first.</summary>
    Task<IReadOnlyList<BroadcastProgress>> RecentAsync(int max, CancellationToken cancellationToken);
}
