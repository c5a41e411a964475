namespace Bot.Dialogs.Turns;

/// <summary>One message the bot sends back; channels render it for their capabilities.</summary>
/// <param name="Text">Plain text (channels escape it for their markup).</param>
/// <param name="Buttons">Options offered under the message, in order; may be empty.</param>
public sealed record Reply(string Text, IReadOnlyList<ReplyButton> Buttons)
{
    /// <summary>A message without buttons.</summary>
    public static Reply Plain(string text) => new(text, []);
}
