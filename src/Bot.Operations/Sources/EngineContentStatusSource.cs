using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Reporting;

namespace Bot.Operations.Sources;

/// <summary>The default: the version in force from the engine; no reloads happen without the toolkit.</summary>
public sealed class EngineContentStatusSource(IEngineProvider engines) : IContentStatusSource
{
    public ContentStatus Current
    {
        get
        {
            var content = engines.Current.Content;
            return new ContentStatus(content.Version, content.LoadedAt, content.Flows.Count, null, null);
        }
    }
}
