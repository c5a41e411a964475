using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Pipeline;

/// <summary>Told about every committed turn (analytics, metrics). Must be fast and must not throw.</summary>
public interface ITurnObserver
{
    void OnTurnCommitted(ConversationKey key, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed);

    /// <summary>The same notice with what the resident sent (analytics counts unrecognised phrases, masked).</summary>
    /// <remarks>Defaults to the overload without the input, so observers that need no text stay unchanged.</remarks>
    void OnTurnCommitted(ConversationKey key, InboundMessage input, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed) =>
        OnTurnCommitted(key, before, after, result, elapsed);
}
