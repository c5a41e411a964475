namespace Bot.Testing;

/// <summary>Paths inside the repository, found from the test's output directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder that holds Bot.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The stable content fixture the engine tests use.</summary>
    public static string FixtureContent => Path.Combine(Root, "tests", "Bot.Dialogs.Tests", "TestContent");

    /// <summary>Content with procedure cards and commune police contacts (a services topic, a help topic, areas.yaml).</summary>
    public static string CardContent => Path.Combine(Root, "tests", "Bot.Dialogs.Tests", "CardContent");

    /// <summary>The shipped content folder.</summary>
    public static string RealContent => Path.Combine(Root, "content");

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
