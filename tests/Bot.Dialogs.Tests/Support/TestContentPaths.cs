namespace Bot.Dialogs.Tests.Support;

/// <summary>Finds the test fixture content and the real content folder from the test's output directory.</summary>
public static class TestContentPaths
{
    /// <summary>The stable fixture content used by engine tests.</summary>
    public static string Fixture => Path.Combine(RepositoryRoot, "tests", "Bot.Dialogs.Tests", "TestContent");

    /// <summary>The shipped content folder.</summary>
    public static string Real => Path.Combine(RepositoryRoot, "content");

    /// <summary>The repository root (the folder that holds Bot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
