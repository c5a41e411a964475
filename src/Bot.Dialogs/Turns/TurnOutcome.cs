namespace Bot.Dialogs.Turns;

/// <summary>How the engine understood one input.</summary>
public enum TurnOutcome
{
    /// <summary>A button (pressed, numbered or typed) moved the dialog.</summary>
    Button,
    /// <summary>A global command: menu, back, restart, help, language, forget.</summary>
    Command,
    /// <summary>Free text confidently routed to a flow.</summary>
    Routed,
    /// <summary>Free text that matched several flows; the top choices were offered.</summary>
    Ambiguous,
    /// <summary>Input that could not be understood; the resident was re-prompted.</summary>
    Fallback,
    /// <summary>A button from an older message whose target no longer exists.</summary>
    Stale,
    /// <summary>The update was a redelivery and was ignored.</summary>
    Duplicate,
    /// <summary>The input was handled by a plug-in handler (e.g. the scam check).</summary>
    Handled,
}
