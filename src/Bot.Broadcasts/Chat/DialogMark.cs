using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;

namespace Bot.Broadcasts.Chat;

/// <summary>
/// A note in the resident's own conversation record that a broadcast screen waits for typed text
/// (a commune name, an alert's text), so ordinary turns are passed on without a Redis read.
/// </summary>
/// <remarks>
/// The record is loaded on every turn anyway and is shared by every instance, so the note is as
/// correct across instances as the record itself. It holds for the very next turn only (it names
/// the turn count it expects) and for <see cref="Lifetime"/>: a resident who wandered off to the
/// menu is not caught by a stale search. It lives in <see cref="ConversationRecord.Answers"/> under
/// a key no content question can have, and never moves the resident's place in their dialog.
/// </remarks>
internal static class DialogMark
{
    public const string Key = "~broadcasts";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>True when the previous turn left <paramref name="what"/> waiting for this one.</summary>
    public static bool IsWaiting(TurnContext context, string what) =>
        context.Record.Answers.TryGetValue(Key, out var mark)
        && mark == Expected(what, context.Record.Turns)
        && context.Now - context.Record.UpdatedAt < Lifetime;

    /// <summary>The record with a note that <paramref name="what"/> waits for the next turn.</summary>
    public static ConversationRecord Wait(ConversationRecord record, string what) =>
        With(record, Expected(what, record.Turns + 1));

    /// <summary>The record without the note (unchanged when there is none).</summary>
    public static ConversationRecord Clear(ConversationRecord record) => With(record, null);

    private static ConversationRecord With(ConversationRecord record, string? mark)
    {
        if (mark is null && !record.Answers.ContainsKey(Key))
        {
            return record;
        }

        var answers = new Dictionary<string, string>(record.Answers, StringComparer.Ordinal);
        if (mark is null)
        {
            answers.Remove(Key);
        }
        else
        {
            answers[Key] = mark;
        }

        return record with { Answers = answers };
    }

    private static string Expected(string what, int turns) => what + ":" + turns.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
