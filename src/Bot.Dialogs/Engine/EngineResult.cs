using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Engine;

/// <summary>The engine's answer for one input: the new record and the replies to send.</summary>
/// <param name="Record">The conversation after the turn.</param>
/// <param name="Replies">Messages to send once the record is committed.</param>
/// <param name="Outcome">How the input was understood.</param>
/// <param name="Forget">True when the resident asked to erase their data: delete the record.</param>
/// <param name="Explanation">For free text: why it went where it went (analytics, preview).</param>
public sealed record EngineResult(
    ConversationRecord Record,
    IReadOnlyList<Reply> Replies,
    TurnOutcome Outcome,
    bool Forget = false,
    Understanding.UnderstandingExplanation? Explanation = null);
