namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>The repository's real content folder (the one editors maintain).</summary>
public static class ContentFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "bot.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No content/bot.yaml above " + AppContext.BaseDirectory);
    }
}
