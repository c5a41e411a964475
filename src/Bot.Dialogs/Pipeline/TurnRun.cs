using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Pipeline;

/// <summary>The outcome of <see cref="TurnProcessor.RunTurnAsync"/>, for the channel to express on its platform.</summary>
/// <param name="Status">What became of the update.</param>
/// <param name="TurnId">A short id written in every log line of the turn, so an operator can find them.</param>
/// <param name="Result">What was delivered (null for <see cref="TurnRunStatus.RetryLater"/> and <see cref="TurnRunStatus.AlreadyAnswered"/>).</param>
public sealed record TurnRun(TurnRunStatus Status, string TurnId, TurnResult? Result = null)
{
    /// <summary>False when the channel must not acknowledge the update (see <see cref="TurnRunStatus.RetryLater"/>).</summary>
    public bool Processed => Status != TurnRunStatus.RetryLater;
}
