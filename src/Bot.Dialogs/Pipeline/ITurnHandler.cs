namespace Bot.Dialogs.Pipeline;

/// <summary>A plug-in that may answer a turn before the dialog engine does (scam check, privacy guard, subscriptions…).</summary>
/// <remarks>
/// Handlers run in the order the host composes them (<see cref="TurnPipelineBuilder"/>); the first
/// to return a result ends the turn. A turn may be re-run after a version conflict, so a handler's
/// side effects must be safe to repeat.
/// </remarks>
public interface ITurnHandler
{
    /// <summary>Returns a result to answer the turn, or null to pass it on.</summary>
    ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
