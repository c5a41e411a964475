using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Pipeline;

/// <summary>What a turn handler sees: who, what they sent, where they stand, and the engine in force.</summary>
public sealed record TurnContext(
    ConversationKey Key,
    InboundMessage Input,
    ConversationRecord Record,
    bool IsNewConversation,
    DialogEngine Engine,
    DateTimeOffset Now)
{
    /// <summary>The resident's language for this turn.</summary>
    public string Locale => Record.Locale;
}
