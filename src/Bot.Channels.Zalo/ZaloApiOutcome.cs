namespace Bot.Channels.Zalo;

/// <summary>How the latest call of one kind went.</summary>
/// <param name="Operation">e.g. "send", "token refresh", "setWebhook".</param>
/// <param name="Failure">Operator-facing reason; null when the call worked.</param>
/// <param name="OperatorMustAct">True when the failure will not go away by itself.</param>
/// <param name="At">When it happened.</param>
public sealed record ZaloApiOutcome(string Operation, string? Failure, bool OperatorMustAct, DateTimeOffset At);
