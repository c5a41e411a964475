namespace Bot.Benchmarks;

/// <summary>Finds the shipped content folder from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class ContentFolder
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "content", "bot.yaml")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
        }

        throw new DirectoryNotFoundException("content/bot.yaml not found; run from the repository.");
    }
}
