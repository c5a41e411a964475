namespace Bot.Content.Hosting;

/// <summary>Where the dialog scripts live and how they are reloaded (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>The content folder; empty means "the nearest <c>content/</c> folder with a bot.yaml".</summary>
    public string Path { get; set; } = "";

    /// <summary>Watch the folder and publish valid edits without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last file change before reloading (editors save several files at once).</summary>
    public int DebounceMilliseconds { get; set; } = 500;

    /// <summary>
    /// How often the folder's hash is compared as well, for file systems where change events are lost
    /// (network shares, some containers); 0 turns polling off.
    /// </summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Where published versions are kept as folder copies; empty means <c>.content-versions</c> beside the content folder.</summary>
    public string VersionsPath { get; set; } = "";

    /// <summary>How many published versions to keep for rollback.</summary>
    public int KeepVersions { get; set; } = 10;

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

    /// <summary>
    /// The versions folder: <see cref="VersionsPath"/>, or <c>.content-versions</c> beside the content
    /// folder (never inside it: every file inside counts towards the content's version hash).
    /// </summary>
    public string ResolveVersionsPath()
    {
        if (!string.IsNullOrWhiteSpace(VersionsPath))
        {
            return System.IO.Path.GetFullPath(VersionsPath);
        }

        var content = ResolvePath().TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(content) ?? content;
        return System.IO.Path.Combine(parent, ".content-versions");
    }
}
