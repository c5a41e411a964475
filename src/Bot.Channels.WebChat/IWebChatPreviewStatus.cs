namespace Bot.Channels.WebChat;

/// <summary>Where the preview page learns whether the editor's last save was refused (the host wires the content reloader).</summary>
public interface IWebChatPreviewStatus
{
    /// <summary>The version in force and the last refused reload, read now.</summary>
    WebChatPreviewStatus Current { get; }
}
