using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tests.Support;

/// <summary>
/// A throwaway copy of the fixture content (bot.yaml and the <c>card</c> and <c>stay</c> flows) that a test may
/// break on purpose; deleted when the test ends, so no test sees another's edits.
/// </summary>
internal sealed class FixtureCopy : IDisposable
{
    private static readonly string[] Files = ["bot.yaml", Path.Combine("flows", "card.yaml"), Path.Combine("flows", "stay.yaml")];

    public FixtureCopy()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "flows"));
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(TestContentPaths.Fixture, file), Path.Combine(Folder, file));
        }
    }

    /// <summary>The content folder to load.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "content-" + Guid.NewGuid().ToString("N"));

    /// <summary>Replaces <paramref name="from"/>, which must be in the file, with <paramref name="to"/>.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    /// <summary>Adds <paramref name="yaml"/> at the end of the file.</summary>
    public void Append(string file, string yaml) => File.AppendAllText(Path.Combine(Folder, file), yaml);

    /// <summary>The errors the loader refuses the copy with; fails the test if it loads.</summary>
    public List<ContentDiagnostic> Errors()
    {
        var exception = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(Folder));
        return exception.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
