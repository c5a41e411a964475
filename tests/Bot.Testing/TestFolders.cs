namespace Bot.Testing;

/// <summary>A test's own copy of a content folder, and its removal afterwards.</summary>
public static class TestFolders
{
    /// <summary>A new, not yet created folder under the temp directory, named <paramref name="prefix"/> and a random suffix.</summary>
    public static string NewTemp(string prefix) => Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..10]);

    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Deletes <paramref name="folder"/> and everything below it, if it is there.</summary>
    /// <remarks>Best effort: a temp folder left behind (a file a child process still holds) harms nothing.</remarks>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort
        }
    }
}
