namespace Bot.Dialogs.Tests.Tools;

/// <summary>A throwaway content folder: a copy of the shipped content (without its tests) plus the files a test writes.</summary>
internal sealed class DraftContent : IDisposable
{
    public DraftContent(params (string File, string Yaml)[] files)
    {
        Folder = TestFolders.NewTemp("bot-content");
        // The shipped menu, texts, flows and procedure cards (flows' buttons open cards), so the draft
        // loads; tests add or replace files.
        var shippedFiles = Directory.GetFiles(Shipped, "*.yaml")
            .Concat(ShippedIn("flows"))
            .Concat(ShippedIn("procedures"));
        foreach (var file in shippedFiles)
        {
            var copy = Path.Combine(Folder, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        foreach (var (file, yaml) in files)
        {
            Write(file, yaml);
        }
    }

    public string Folder { get; }

    private static IEnumerable<string> ShippedIn(string subfolder)
    {
        var folder = Path.Combine(Shipped, subfolder);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml") : [];
    }

    /// <summary>The shipped content folder.</summary>
    public static string Shipped => RepositoryPaths.RealContent;

    public void Write(string file, string yaml)
    {
        var path = Path.Combine(Folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
    }

    public void Dispose() => TestFolders.DeleteQuietly(Folder);
}
