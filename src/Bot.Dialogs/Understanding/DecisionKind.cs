namespace Bot.Dialogs.Understanding;

/// <summary>What the understanding stage does with a typed message.</summary>
public enum DecisionKind
{
    /// <summary>Open one topic (a flow or a step of it).</summary>
    Route,
    /// <summary>Two or three topics fit about equally: ask which one ("Bạn muốn hỏi về việc nào?").</summary>
    Ask,
    /// <summary>The message carries something to check: give the scam verdict (and the topic's button, if one fits).</summary>
    Check,
    /// <summary>A phrasing of a global command (menu, back, restart, help, language).</summary>
    Navigate,
    /// <summary>Something the bot does not cover: a short answer and the menu, no topic, no verdict.</summary>
    OutOfScope,
    /// <summary>Nothing fits: "not understood" and the menu.</summary>
    Fallback,
}
