namespace Bot.Testing.Content;

/// <summary>A private copy of the shipped content and an empty versions folder, deleted afterwards.</summary>
public sealed class ContentSandbox : IDisposable
{
    public ContentSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "bot-sandbox-" + Guid.NewGuid().ToString("N")[..10]);
        Folder = Path.Combine(Root, "content");
        Versions = Path.Combine(Root, "versions");
        foreach (var file in Directory.GetFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Folder { get; }

    public string Versions { get; }

    public static string Shipped => RepositoryPaths.RealContent;

    public string EidPath => Path.Combine(Folder, "flows", "eid.yaml");

    /// <summary>Rewrites eid.yaml with <paramref name="edit"/> applied (fails if the edit changed nothing).</summary>
    public void EditEid(Func<string, string> edit)
    {
        var before = File.ReadAllText(EidPath);
        var after = edit(before);
        if (after == before)
        {
            throw new InvalidOperationException("the edit changed nothing; the shipped eid.yaml no longer has the text this test edits");
        }

        File.WriteAllText(EidPath, after);
    }

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

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
