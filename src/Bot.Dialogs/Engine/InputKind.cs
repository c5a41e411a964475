namespace Bot.Dialogs.Engine;

/// <summary>What the interpreter made of an input.</summary>
internal enum InputKind
{
    /// <summary>Fire a trigger (a button, or opening a flow).</summary>
    Fire,
    /// <summary>A global command.</summary>
    Command,
    /// <summary>Free text that fits several topics.</summary>
    Ambiguous,
    /// <summary>A payload from an old message that no longer exists.</summary>
    Stale,
    /// <summary>Something the bot does not cover (greetings aside): a short answer and the menu.</summary>
    OutOfScope,
    /// <summary>Nothing recognisable.</summary>
    NotUnderstood,
    /// <summary>"Choose your commune" was pressed: ask for its name.</summary>
    AreaAsk,
    /// <summary>Text typed after that question: look the name up.</summary>
    AreaSearch,
    /// <summary>A commune was chosen (its id is the value).</summary>
    AreaChosen,
}
