namespace Bot.Dialogs.Turns;

/// <summary>One option under a reply.</summary>
/// <param name="Label">What the resident reads on the button.</param>
/// <param name="Payload">What comes back when it is pressed (at most 64 bytes; see <see cref="Payloads"/>).</param>
/// <param name="Url">Set for link buttons, which open a page instead of sending a payload.</param>
public sealed record ReplyButton(string Label, string Payload, string? Url = null)
{
    /// <summary>True when the button opens a web page rather than answering the bot.</summary>
    public bool IsLink => Url is not null;
}
