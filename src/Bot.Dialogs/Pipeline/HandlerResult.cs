using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Pipeline;

/// <summary>A turn handler's answer: the replies, and the record to commit (unchanged when null).</summary>
public sealed record HandlerResult(IReadOnlyList<Reply> Replies, ConversationRecord? Record = null, TurnOutcome Outcome = TurnOutcome.Handled)
{
    /// <summary>For free text decided by the understanding stage: why it went where it went.</summary>
    public Understanding.UnderstandingExplanation? Explanation { get; init; }
}
