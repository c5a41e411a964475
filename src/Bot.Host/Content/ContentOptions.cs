namespace Bot.Host.Content;

/// <summary>Where the dialog scripts live (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>The content folder; empty means "the nearest <c>content/</c> folder with a bot.yaml".</summary>
    public string Path { get; set; } = "";

    /// <summary>The folder to load: <see cref="Path"/>, or the nearest <c>content/</c> above the working or app directory.</summary>
    public string ResolvePath()
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "content");
                if (File.Exists(System.IO.Path.Combine(candidate, "bot.yaml")))
                {
                    return candidate;
                }
            }
        }

        return System.IO.Path.GetFullPath("content");
    }
}
