using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.Options;

namespace Bot.Host.Content;

/// <summary>Holds the engine for the content in force; a new version is swapped in atomically.</summary>
public sealed class ContentRuntime : IEngineProvider
{
    private DialogEngine _current;

    public ContentRuntime(IOptions<ContentOptions> options, TimeProvider time)
    {
        FolderPath = options.Value.ResolvePath();
        _current = new DialogEngine(ContentLoader.Load(FolderPath, time));
    }

    /// <summary>The folder content is loaded from.</summary>
    public string FolderPath { get; }

    public DialogEngine Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="engine"/> the one in force for every later turn.</summary>
    public void Swap(DialogEngine engine) => Volatile.Write(ref _current, engine);
}
