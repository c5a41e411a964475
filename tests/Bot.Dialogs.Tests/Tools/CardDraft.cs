namespace Bot.Dialogs.Tests.Tools;

/// <summary>A throwaway copy of the card content (CardContent/: two cards, a contact step, areas), for tests that edit it.</summary>
internal sealed class CardDraft : IDisposable
{
    public CardDraft()
    {
        Folder = TestFolders.NewTemp("bot-cards");
        TestFolders.Copy(RepositoryPaths.CardContent, Folder);
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

    public void Dispose() => TestFolders.DeleteQuietly(Folder);
}
