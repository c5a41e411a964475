namespace Bot.Operations.Tests.Support;

/// <summary>Where the dashboard's page tests save their screenshots.</summary>
/// <remarks>
/// The screenshots in docs/images are refreshed only on request (DASHBOARD_SCREENSHOTS_WRITE=1), so an ordinary
/// test run leaves the checkout clean; otherwise they go to a temporary folder. One rule for every page test.
/// </remarks>
public static class DashboardScreenshots
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS_WRITE") == "1"
        ? Path.Combine(RepositoryPaths.Root, "docs", "images")
        : Directory.CreateTempSubdirectory("dashboard-shots-").FullName;

    /// <summary>The file a screenshot named <paramref name="name"/> (e.g. <c>dashboard-phone.png</c>) is saved to.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);
}
