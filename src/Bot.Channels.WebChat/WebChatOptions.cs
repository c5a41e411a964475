namespace Bot.Channels.WebChat;

/// <summary>Web chat settings (section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    /// <summary>Serve the page and API (on by default: it is the channel that needs no tokens); read once at start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Show a "preview" badge and each message's step id (for editors checking a draft).</summary>
    public bool Preview { get; set; }

    /// <summary>Longest text accepted from the page.</summary>
    public int MaxTextLength { get; set; } = 4_000;
}
