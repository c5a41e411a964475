namespace Bot.Dialogs.Content;

/// <summary>Names of the bot's own texts in <c>content/bot.yaml</c> (section <c>texts</c>).</summary>
public static class TextKeys
{
    /// <summary>Shown for the help command: what the bot does and how to use it.</summary>
    public const string Help = "help";
    /// <summary>Input not understood inside a flow; followed by the current options.</summary>
    public const string Reprompt = "reprompt";
    /// <summary>Input not understood at the menu; a short hint before the menu.</summary>
    public const string Fallback = "fallback";
    /// <summary>Free text matched several topics; the choices follow as buttons.</summary>
    public const string Ambiguous = "ambiguous";
    /// <summary>A button from an older message that no longer leads anywhere.</summary>
    public const string StaleButton = "stale_button";
    /// <summary>The step the resident stood on was removed by a content update.</summary>
    public const string ContentChanged = "content_changed";
    /// <summary>Confirms a language switch (written in the new language).</summary>
    public const string LanguageSwitched = "language_switched";
    /// <summary>Back pressed with nothing to go back to.</summary>
    public const string NothingToGoBackTo = "nothing_to_go_back_to";
    /// <summary>Said once after an internal error; nothing was saved.</summary>
    public const string Error = "error";
    /// <summary>Confirms that the resident's stored data was erased.</summary>
    public const string Forgotten = "forgotten";
    /// <summary>Said when a link button is chosen by number on a platform without link buttons.</summary>
    public const string OpenLink = "open_link";
    /// <summary>Label of the "back" button the engine adds.</summary>
    public const string BackLabel = "back_label";
    /// <summary>Label of the "main menu" button the engine adds.</summary>
    public const string MenuLabel = "menu_label";
    /// <summary>The stored conversation could not be read (e.g. after an upgrade); starting over.</summary>
    public const string StateReset = "state_reset";

    /// <summary>Every key the loader requires.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        Help, Reprompt, Fallback, Ambiguous, StaleButton, ContentChanged, LanguageSwitched,
        NothingToGoBackTo, Error, Forgotten, OpenLink, BackLabel, MenuLabel, StateReset,
    ];
}
