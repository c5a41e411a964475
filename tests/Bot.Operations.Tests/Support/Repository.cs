namespace Bot.Operations.Tests.Support;

/// <summary>Paths inside the repository, found from the test's output directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The stable content fixture the engine tests use (flows "card" and "stay").</summary>
    public static string FixtureContent => Path.Combine(Root, "tests", "Bot.Dialogs.Tests", "TestContent");

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
