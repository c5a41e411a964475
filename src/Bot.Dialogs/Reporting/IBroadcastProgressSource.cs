namespace Bot.Dialogs.Reporting;

/// <summary>The broadcasts feature's view of its recent broadcasts, for the dashboard (implemented by Bot.Broadcasts; an empty list without it).</summary>
public interface IBroadcastProgressSource
{
    /// <summary>The most recent broadcasts, newest first.</summary>
    Task<IReadOnlyList<BroadcastProgress>> RecentAsync(int max, CancellationToken cancellationToken);
}
