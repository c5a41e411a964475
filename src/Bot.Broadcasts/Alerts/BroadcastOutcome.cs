namespace Bot.Broadcasts.Alerts;

/// <summary>The alert after an action, or why the action was refused.</summary>
public sealed record BroadcastOutcome(BroadcastAlert? Alert, BroadcastProblem? Problem)
{
    public static implicit operator BroadcastOutcome(BroadcastAlert alert) => new(alert, null);

    public static implicit operator BroadcastOutcome(BroadcastProblem problem) => new(null, problem);
}
