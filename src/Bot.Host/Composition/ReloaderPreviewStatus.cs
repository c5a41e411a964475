using Bot.Channels.WebChat;
using Bot.Content.Hosting;

namespace Bot.Host.Composition;

/// <summary>Composition-root adapter: the web chat's preview banner shows what the hot reloader knows: the version in force and the last refused edit.</summary>
public sealed class ReloaderPreviewStatus(ContentReloader reloader) : IWebChatPreviewStatus
{
    public WebChatPreviewStatus Current
    {
        get
        {
            var status = reloader.Status;
            return new WebChatPreviewStatus(status.Version, status.LastError is { Count: > 0 } ? status.LastError : null, status.LastErrorAt);
        }
    }
}
