namespace Bot.Dialogs.Turns;

/// <summary>What one turn produced, after its state was committed.</summary>
/// <param name="Replies">Messages to send, in order.</param>
/// <param name="FlowId">The flow the conversation stands in after the turn; null at the main menu.</param>
/// <param name="NodeId">The node the conversation stands on after the turn; null at the main menu.</param>
/// <param name="Outcome">How the input was understood (for analytics and tests).</param>
/// <param name="Duplicate">True when the update had been processed before and nothing was done.</param>
public sealed record TurnResult(
    IReadOnlyList<Reply> Replies,
    string? FlowId,
    string? NodeId,
    TurnOutcome Outcome,
    bool Duplicate = false)
{
    /// <summary>For typed free text: the understanding decision, runner-up and reason (never the text).</summary>
    public Understanding.UnderstandingExplanation? Explanation { get; init; }

    /// <summary>The conversation's language after the turn ("vi" or "en"), so a page can follow it; null when unknown.</summary>
    public string? Locale { get; init; }

    /// <summary>The result for an update that was already answered.</summary>
    public static TurnResult AlreadyHandled { get; } = new([], null, null, TurnOutcome.Duplicate, Duplicate: true);
}
