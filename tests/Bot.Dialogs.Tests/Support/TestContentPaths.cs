namespace Bot.Dialogs.Tests.Support;

/// <summary>Finds the test fixture content and the real content folder from the test's output directory.</summary>
public static class TestContentPaths
{
    /// <summary>The stable fixture content used by engine tests.</summary>
    public static string Fixture => RepositoryPaths.FixtureContent;

    /// <summary>The shipped content folder.</summary>
    public static string Real => RepositoryPaths.RealContent;

    /// <summary>The repository root (the folder that holds Bot.sln).</summary>
    public static string RepositoryRoot => RepositoryPaths.Root;
}
