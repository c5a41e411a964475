using System.Globalization;
using Bot.Dialogs.Content;

namespace Bot.Host.Content;

/// <summary>
/// Keeps the last N published versions as plain copies of the content folder
/// (<c>{VersionsPath}/{version}/…</c>), so any of them can be restored by copying it back.
/// </summary>
/// <remarks>
/// Plain folders rather than a database so an operator can read, diff or copy a version by hand.
/// A version is named by the content hash, so saving the same content twice is a no-op.
/// </remarks>
public sealed class ContentVersionStore(string versionsPath, int keep, TimeProvider time)
{
    private const string StampFile = ".saved-at";

    /// <summary>The folder holding the versions.</summary>
    public string Path { get; } = versionsPath;

    /// <summary>Copies <paramref name="contentFolder"/> as <paramref name="version"/> and drops the oldest beyond the limit.</summary>
    public void Save(string contentFolder, string version)
    {
        var target = System.IO.Path.Combine(Path, version);
        if (!Directory.Exists(target))
        {
            // Copy into a temporary folder first, so a half-written version is never listed.
            var temporary = System.IO.Path.Combine(Path, "." + version + "." + Guid.NewGuid().ToString("N")[..8]);
            CopyContent(contentFolder, temporary);
            File.WriteAllText(System.IO.Path.Combine(temporary, StampFile), time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            try
            {
                Directory.Move(temporary, target);
            }
            catch (IOException) when (Directory.Exists(target))
            {
                Directory.Delete(temporary, recursive: true); // another instance saved it first
            }
        }

        foreach (var old in List().Skip(Math.Max(1, keep)))
        {
            Directory.Delete(System.IO.Path.Combine(Path, old.Version), recursive: true);
        }
    }

    /// <summary>Kept versions, newest first.</summary>
    public IReadOnlyList<ContentVersionInfo> List()
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        return Directory.GetDirectories(Path)
            .Select(d => new DirectoryInfo(d))
            .Where(d => !d.Name.StartsWith('.'))
            .Select(d => new ContentVersionInfo(d.Name, ReadStamp(d.FullName)))
            .OrderByDescending(v => v.SavedAt)
            .ThenBy(v => v.Version, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when <paramref name="version"/> is kept.</summary>
    public bool Contains(string version) =>
        ContentLoader.IsValidId(version) && Directory.Exists(System.IO.Path.Combine(Path, version));

    /// <summary>
    /// Makes <paramref name="contentFolder"/> hold exactly the content of <paramref name="version"/>
    /// (content files not in that version are removed; other files are left alone).
    /// </summary>
    /// <returns>False when the version is not kept.</returns>
    public bool Restore(string version, string contentFolder)
    {
        if (!Contains(version))
        {
            return false;
        }

        var source = System.IO.Path.Combine(Path, version);
        foreach (var file in ContentLoader.ContentFiles(contentFolder).ToList())
        {
            var relative = System.IO.Path.GetRelativePath(contentFolder, file);
            if (!File.Exists(System.IO.Path.Combine(source, relative)))
            {
                File.Delete(file);
            }
        }

        CopyContent(source, contentFolder);
        return true;
    }

    private static void CopyContent(string from, string to)
    {
        foreach (var file in ContentLoader.ContentFiles(from))
        {
            var destination = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            var bytes = File.ReadAllBytes(file);
            if (!File.Exists(destination) || !File.ReadAllBytes(destination).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(destination, bytes);
            }
        }
    }

    private static DateTimeOffset ReadStamp(string folder)
    {
        var stamp = System.IO.Path.Combine(folder, StampFile);
        return File.Exists(stamp) && DateTimeOffset.TryParse(File.ReadAllText(stamp), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : Directory.GetCreationTimeUtc(folder);
    }
}
