namespace Bot.Dialogs.Turns;

/// <summary>
/// What a turn answered: its replies and where the conversation stood afterwards. A store keeps it
/// with the update's de-duplication mark when the channel asks for it, so a retried request (the web
/// chat's same <c>messageId</c>) gets the answer it would have received the first time.
/// </summary>
/// <param name="Replies">The replies sent for the update, in order.</param>
/// <param name="FlowId">The flow after the turn; null at the main menu.</param>
/// <param name="NodeId">The node after the turn; null at the main menu.</param>
public sealed record TurnAnswer(IReadOnlyList<Reply> Replies, string? FlowId, string? NodeId);
