using Bot.Dialogs.Engine;

namespace Bot.Dialogs.Pipeline;

/// <summary>Hands out the engine for the content version in force (it may be swapped by a hot reload).</summary>
public interface IEngineProvider
{
    /// <summary>The current engine; read once per turn so a turn never mixes two versions.</summary>
    DialogEngine Current { get; }
}
