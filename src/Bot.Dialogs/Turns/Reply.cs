namespace Bot.Dialogs.Turns;

/// <summary>One message the bot sends back; channels render it for their capabilities.</summary>
/// <param name="Text">Plain text (channels escape it for their markup).</param>
/// <param name="Buttons">Options offered under the message, in order; may be empty.</param>
public sealed record Reply(string Text, IReadOnlyList<ReplyButton> Buttons)
{
    /// <summary>
    /// True when the text is the editors' own (a step, the menu), quoting nothing a resident or a stranger
    /// wrote: a channel may then turn its phone numbers and official addresses into links. False for
    /// everything else (a scam verdict quotes the suspicious message), and after a replay from storage.
    /// </summary>
    public bool Authored { get; init; }

    /// <summary>A message without buttons.</summary>
    public static Reply Plain(string text) => new(text, []);
}
