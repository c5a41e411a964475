namespace Bot.Dialogs.Reporting;

/// <summary>The content version and the last reload's result, for the dashboard (implemented by the hot reloader; the engine's version without it).</summary>
public interface IContentStatusSource
{
    ContentStatus Current { get; }
}
