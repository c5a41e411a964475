namespace Bot.Broadcasts.Alerts;

/// <summary>How many recipients are in each state.</summary>
public sealed record AlertCounts(long Total, long Sent, long Blocked, long Unreachable, long Failed, long Pending)
{
    /// <summary>Everything that reached a final state.</summary>
    public long Finished => Sent + Blocked + Unreachable + Failed;
}
