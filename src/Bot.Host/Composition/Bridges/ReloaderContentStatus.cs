using Bot.Content.Hosting;
using Bot.Operations.Sources;

namespace Bot.Host.Composition.Bridges;

/// <summary>The dashboard shows what the hot reloader knows: the version in force and the last refused edit.</summary>
public sealed class ReloaderContentStatus(ContentReloader reloader, ContentRuntime runtime) : IContentStatusSource
{
    public Bot.Operations.Sources.ContentStatus Current
    {
        get
        {
            var status = reloader.Status;
            return new Bot.Operations.Sources.ContentStatus(
                status.Version,
                status.LoadedAt,
                runtime.Current.Content.Flows.Count,
                status.LastErrorAt,
                status.LastError is { Count: > 0 } lines ? string.Join("\n", lines) : null);
        }
    }
}
