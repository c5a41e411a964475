namespace Bot.Broadcasts.Hosting;

/// <summary>Finds <c>areas.yaml</c>: the configured file, else the content folder's if it has one, else the nearest <c>content/</c> above.</summary>
public static class AreasFile
{
    public static string Resolve(string? configured, string? contentPath)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        // A draft or fixture folder with dialogs only still gets the shipped areas from the search below.
        if (!string.IsNullOrWhiteSpace(contentPath) && File.Exists(Path.Combine(contentPath, "areas.yaml")))
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
