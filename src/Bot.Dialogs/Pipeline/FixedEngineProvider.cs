using Bot.Dialogs.Engine;

namespace Bot.Dialogs.Pipeline;

/// <summary>An engine that never changes (tests, the CLI).</summary>
public sealed class FixedEngineProvider(DialogEngine engine) : IEngineProvider
{
    public DialogEngine Current { get; } = engine;
}
