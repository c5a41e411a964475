using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Content.Hosting;

/// <summary>Holds the engine for the content in force; a new version is swapped in atomically.</summary>
public sealed class ContentRuntime : IEngineProvider
{
    private DialogEngine _current;

    public ContentRuntime(IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentRuntime>? logger = null)
    {
        var settings = options.Value;
        FolderPath = settings.ResolvePath();
        var versions = new ContentVersionStore(settings.ResolveVersionsPath(), settings.KeepVersions, time);
        _current = new DialogEngine(StartupContentLoader.Load(FolderPath, versions, time, (ILogger?)logger ?? NullLogger.Instance));
    }

    /// <summary>The folder content is loaded from.</summary>
    public string FolderPath { get; }

    public DialogEngine Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="engine"/> the one in force for every later turn.</summary>
    public void Swap(DialogEngine engine) => Volatile.Write(ref _current, engine);
}
