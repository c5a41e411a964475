namespace Bot.Dialogs.Tests.Tools;

/// <summary>A throwaway content folder: a copy of the shipped content (without its tests) plus the files a test writes.</summary>
internal sealed class DraftContent : IDisposable
{
    public DraftContent(params (string File, string Yaml)[] files)
    {
        Folder = Path.Combine(Path.GetTempPath(), "bot-content-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path.Combine(Folder, "flows"));
        Directory.CreateDirectory(Path.Combine(Folder, "procedures"));
        var procedures = Path.Combine(Shipped, "procedures");
        foreach (var file in Directory.GetFiles(Shipped, "*.yaml")
                     .Concat(Directory.GetFiles(Path.Combine(Shipped, "flows"), "*.yaml"))
                     .Concat(Directory.Exists(procedures) ? Directory.GetFiles(procedures, "*.yaml") : []))
        {
            // The shipped menu, texts, flows and procedure cards (flows link to the cards' steps), so the draft loads; tests add or replace files.
            File.Copy(file, Path.Combine(Folder, Path.GetRelativePath(Shipped, file)));
        }
        foreach (var (file, yaml) in files)
        {
            Write(file, yaml);
        }
    }

    public string Folder { get; }

    /// <summary>The shipped content folder.</summary>
    public static string Shipped => RepositoryPaths.RealContent;

    public void Write(string file, string yaml)
    {
        var path = Path.Combine(Folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind harms nothing
        }
    }
}
