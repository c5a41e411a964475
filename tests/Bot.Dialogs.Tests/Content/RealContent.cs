using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;

namespace Bot.Dialogs.Tests.Content;

/// <summary>The repository's real content folder, loaded once (the bundle and engine are immutable).</summary>
internal static class RealContent
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);
    private static readonly Lazy<ContentBundle> LoadedBundle = new(() => ContentLoader.Load(Folder));
    private static readonly Lazy<DialogEngine> CompiledEngine = new(() => new DialogEngine(Bundle));

    /// <summary>The repository root: the first folder above the test binaries that holds content/bot.yaml.</summary>
    public static string RepositoryRoot => RootFolder.Value;

    public static string Folder => Path.Combine(RepositoryRoot, "content");

    public static ContentBundle Bundle => LoadedBundle.Value;

    public static DialogEngine Engine => CompiledEngine.Value;

    public static readonly string[] Locales = ["vi", "en"];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", "bot.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"no folder above {AppContext.BaseDirectory} holds content/bot.yaml; run the tests from inside the repository");
    }
}
