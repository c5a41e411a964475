namespace Bot.Testing.Content;

/// <summary>A private copy of a content folder (the shipped content unless told otherwise) and an empty versions folder, deleted afterwards.</summary>
public sealed class ContentSandbox : IDisposable
{
    public ContentSandbox()
        : this(Shipped)
    {
    }

    /// <param name="source">The content folder to copy, e.g. <see cref="RepositoryPaths.CardContent"/>.</param>
    public ContentSandbox(string source)
    {
        Root = TestFolders.NewTemp("bot-sandbox");
        Folder = Path.Combine(Root, "content");
        Versions = Path.Combine(Root, "versions");
        TestFolders.Copy(source, Folder);
    }

    public string Root { get; }

    public string Folder { get; }

    public string Versions { get; }

    public static string Shipped => RepositoryPaths.RealContent;

    public string EidPath => Path.Combine(Folder, EidFile);

    private static string EidFile => Path.Combine("flows", "eid.yaml");

    /// <summary>Rewrites <paramref name="file"/> (relative to <see cref="Folder"/>) with <paramref name="edit"/> applied; fails if the edit changed nothing.</summary>
    public void Edit(string file, Func<string, string> edit)
    {
        var path = Path.Combine(Folder, file);
        var before = File.ReadAllText(path);
        var after = edit(before);
        if (after == before)
        {
            throw new InvalidOperationException($"the edit changed nothing; {file} no longer has the text this test edits");
        }

        File.WriteAllText(path, after);
    }

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in <paramref name="file"/>; fails if it is not there.</summary>
    public void Replace(string file, string from, string to) => Edit(file, text => text.Replace(from, to, StringComparison.Ordinal));

    /// <summary>Rewrites eid.yaml with <paramref name="edit"/> applied; fails if the edit changed nothing.</summary>
    public void EditEid(Func<string, string> edit) => Edit(EidFile, edit);

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in eid.yaml; fails if it is not there.</summary>
    public void ReplaceInEid(string from, string to) => Replace(EidFile, from, to);

    /// <summary>eid.yaml without the step <paramref name="id"/> and without buttons that lead to it.</summary>
    public void RemoveEidStep(string id, string replacementTarget)
    {
        EditEid(text =>
        {
            var start = text.IndexOf($"  - id: {id}\n", StringComparison.Ordinal);
            var end = text.IndexOf("\n  - id: ", start + 5, StringComparison.Ordinal);
            var without = end < 0 ? text[..start] : text[..start] + text[(end + 1)..];
            return without.Replace($"goto: {id}\n", $"goto: {replacementTarget}\n", StringComparison.Ordinal);
        });
    }

    public void Dispose() => TestFolders.DeleteQuietly(Root);
}
