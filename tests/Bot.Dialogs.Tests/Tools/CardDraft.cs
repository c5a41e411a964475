namespace Bot.Dialogs.Tests.Tools;

/// <summary>A throwaway copy of the card content (CardContent/: two cards, a contact step, areas), for tests that edit it.</summary>
internal sealed class CardDraft : IDisposable
{
    public CardDraft()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bot-cards-" + Guid.NewGuid().ToString("N")[..10]);
        foreach (var file in Directory.GetFiles(RepositoryPaths.CardContent, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Folder, Path.GetRelativePath(RepositoryPaths.CardContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Folder { get; }

    /// <summary>Replaces <paramref name="from"/> (which must be there) in a file of the draft.</summary>
    public CardDraft Edit(string file, string from, string to)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return this;
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
