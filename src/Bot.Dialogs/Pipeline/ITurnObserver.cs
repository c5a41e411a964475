using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Pipeline;

/// <summary>Told about every committed turn (analytics, metrics). Must be fast and must not throw.</summary>
public interface ITurnObserver
{
    void OnTurnCommitted(ConversationKey key, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed);
}
