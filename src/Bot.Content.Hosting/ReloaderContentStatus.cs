using Bot.Dialogs.Reporting;

namespace Bot.Content.Hosting;

/// <summary>The core's <see cref="IContentStatusSource"/> from the hot reloader: the dashboard shows the version in force and the last refused edit.</summary>
public sealed class ReloaderContentStatus(ContentReloader reloader, ContentRuntime runtime) : IContentStatusSource
{
    public Bot.Dialogs.Reporting.ContentStatus Current
    {
        get
        {
            var status = reloader.Status;
            return new Bot.Dialogs.Reporting.ContentStatus(
                status.Version,
                status.LoadedAt,
                runtime.Current.Content.Flows.Count,
                status.LastErrorAt,
                status.LastError is { Count: > 0 } lines ? string.Join("\n", lines) : null,
                status.LastErrorVi is { Count: > 0 } vi ? string.Join("\n", vi) : null);
        }
    }
}
