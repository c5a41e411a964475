using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Engine;

/// <summary>One interpreted input.</summary>
/// <param name="Value">The trigger (for <see cref="InputKind.Fire"/>) or command name.</param>
/// <param name="Button">The content button pressed, when there is one.</param>
/// <param name="Choices">The topics offered for an ambiguous message.</param>
/// <param name="Greeting">True for inputs like "/start" or "xin chào" that simply want the menu.</param>
/// <param name="Why">For free text: the understanding decision's explanation.</param>
internal sealed record InputAction(
    InputKind Kind,
    string? Value = null,
    ButtonRef? Button = null,
    TurnOutcome Outcome = TurnOutcome.Button,
    IReadOnlyList<ReplyButton>? Choices = null,
    bool Greeting = false,
    Understanding.UnderstandingExplanation? Why = null)
{
    public static readonly InputAction NotUnderstood = new(InputKind.NotUnderstood, Outcome: TurnOutcome.Fallback);
    public static readonly InputAction Stale = new(InputKind.Stale, Outcome: TurnOutcome.Stale);

    public static InputAction Command(string name) => new(InputKind.Command, name, Outcome: TurnOutcome.Command);
}
