namespace Bot.Broadcasts.Hosting;

/// <summary>Finds <c>areas.yaml</c>: the configured file, else the content folder's, else the nearest <c>content/</c> above.</summary>
public static class AreasFile
{
    public static string Resolve(string? configured, string? contentPath)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        if (!string.IsNullOrWhiteSpace(contentPath))
        {
            return Path.GetFullPath(Path.Combine(contentPath, "areas.yaml"));
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content", "areas.yaml");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(Path.Combine("content", "areas.yaml"));
    }
}
