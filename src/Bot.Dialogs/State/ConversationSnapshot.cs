using Bot.Dialogs.Turns;

namespace Bot.Dialogs.State;

/// <summary>What the store read for one turn.</summary>
/// <param name="Record">The record, or null for a new conversation or an unreadable record.</param>
/// <param name="Version">The version to pass back on commit; 0 when nothing is stored.</param>
/// <param name="AlreadyProcessed">True when the inbound update id was committed before (a redelivery).</param>
/// <param name="Unreadable">True when something was stored but could not be read (e.g. an older format).</param>
/// <param name="Answer">For an update processed before: the answer kept with its mark, when the channel asked for that.</param>
public readonly record struct ConversationSnapshot(
    ConversationRecord? Record,
    long Version,
    bool AlreadyProcessed,
    bool Unreadable = false,
    TurnAnswer? Answer = null)
{
    /// <summary>Nothing stored yet.</summary>
    public static ConversationSnapshot Empty => new(null, 0, false);
}
