using System.Text;
using Bot.Dialogs.Content;

namespace Bot.Content.Hosting;

/// <summary>What changes from one content version to another: the files added, removed and changed, each with its diff.</summary>
/// <param name="From">The version (or folder) the diff starts from.</param>
/// <param name="To">The version (or folder) it leads to.</param>
/// <param name="Files">The files that differ, in path order.</param>
public sealed record ContentDiff(string From, string To, IReadOnlyList<ContentFileChange> Files)
{
    /// <summary>True when both sides hold the same content.</summary>
    public bool IsEmpty => Files.Count == 0;

    /// <summary>Every file's diff, one after the other, as <c>git diff</c> prints them.</summary>
    public string Text => string.Concat(Files.Select(f => f.Diff));

    /// <summary>Compares the content files of two folders.</summary>
    public static ContentDiff Between(string from, string fromFolder, string to, string toFolder)
    {
        var before = Read(fromFolder);
        var after = Read(toFolder);
        var files = new List<ContentFileChange>();
        foreach (var path in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(path);
            var @new = after.GetValueOrDefault(path);
            if (old == @new)
            {
                continue;
            }

            var change = old is null ? "added" : @new is null ? "removed" : "changed";
            files.Add(new ContentFileChange(path, change, UnifiedDiff.Of(path, old, @new)));
        }

        return new ContentDiff(from, to, files);
    }

    /// <summary>The same files without their diffs (for lists).</summary>
    public IReadOnlyList<ContentFileChange> Summary() => Files.Select(f => f with { Diff = "" }).ToList();

    /// <summary>One line per file (<c>+ added</c>, <c>- removed</c>, <c>~ changed</c>).</summary>
    public static string Describe(IEnumerable<ContentFileChange> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.Change switch { "added" => "+ ", "removed" => "- ", _ => "~ " }).Append(file.Path).Append('\n');
        }

        return text.ToString();
    }

    private static Dictionary<string, string> Read(string folder) =>
        Directory.Exists(folder)
            ? ContentLoader.ContentFiles(folder).ToDictionary(
                f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'),
                File.ReadAllText,
                StringComparer.Ordinal)
            : [];
}
