namespace Bot.Dialogs.Content;

/// <summary>Built-in button actions that need no target.</summary>
public enum ButtonAction
{
    /// <summary>Not an action button.</summary>
    None,
    /// <summary>Go back to the previous step.</summary>
    Back,
    /// <summary>Go to the main menu.</summary>
    Menu,
    /// <summary>Start the current flow again.</summary>
    Restart,
}
