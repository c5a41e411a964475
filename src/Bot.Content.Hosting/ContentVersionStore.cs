using System.Globalization;
using Bot.Dialogs.Content;

namespace Bot.Content.Hosting;

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

    /// <summary>Longest author or message kept (a message is one line, not a document).</summary>
    public const int MaxNoteLength = 200;

    /// <summary>The folder holding the versions.</summary>
    public string Path { get; } = versionsPath;

    /// <summary>
    /// Reads every content file of <paramref name="contentFolder"/> once into a private folder, so the
    /// reload validates, hashes and compiles exactly the same bytes even while an editor keeps saving.
    /// </summary>
    /// <returns>The snapshot folder; pass it to <see cref="Keep"/> or <see cref="Discard"/>.</returns>
    public string Snapshot(string contentFolder)
    {
        var snapshot = TemporaryFolder("snapshot");
        try
        {
            CopyContent(contentFolder, snapshot);
            return snapshot;
        }
        catch
        {
            Discard(snapshot); // a file vanished mid-save: no half snapshot is left behind
            throw;
        }
    }

    /// <summary>
    /// Keeps the snapshot folder as <paramref name="version"/> (moved, not copied) with its history record, and
    /// drops the oldest beyond the limit.
    /// </summary>
    /// <param name="snapshot">The folder from <see cref="Snapshot"/>.</param>
    /// <param name="version">Its content hash.</param>
    /// <param name="note">Who publishes it and their message, when known.</param>
    /// <param name="reason">How it was published (a file change, an admin request, a rollback).</param>
    /// <param name="previous">The version in force before it: the recorded diff is taken from there.</param>
    public void Keep(string snapshot, string version, ContentVersionNote? note = null, string? reason = null, string? previous = null)
    {
        var target = System.IO.Path.Combine(Path, version);
        if (Directory.Exists(target))
        {
            Discard(snapshot);
            if (previous is not null && previous != version)
            {
                // A version already kept came back (a rollback, or an edit undone): the history shows it as a new entry.
                var changes = Contains(previous) ? ContentDiff.Between(previous, System.IO.Path.Combine(Path, previous), version, target).Files : null;
                RecordReturn(version, previous, changes, note, reason);
            }
        }
        else
        {
            var now = time.GetUtcNow();
            File.WriteAllText(System.IO.Path.Combine(snapshot, StampFile), now.ToString("O", CultureInfo.InvariantCulture));
            if (!File.Exists(System.IO.Path.Combine(snapshot, ContentVersionRecordFile.Name)))
            {
                // A version received from another instance already carries the record its publisher wrote.
                ContentVersionRecordFile.Write(snapshot, NewRecord(snapshot, version, now, note, reason, previous));
            }

            try
            {
                Directory.Move(snapshot, target);
            }
            catch (IOException) when (Directory.Exists(target))
            {
                Discard(snapshot); // another instance kept it first
            }
        }

        foreach (var old in List().Skip(Math.Max(1, keep)))
        {
            Discard(System.IO.Path.Combine(Path, old.Version)); // another instance may be trimming the same folder
        }
    }

    private ContentVersionInfo NewRecord(string snapshot, string version, DateTimeOffset now, ContentVersionNote? note, string? reason, string? previous)
    {
        var before = previous is not null && previous != version && Contains(previous) ? System.IO.Path.Combine(Path, previous) : null;
        return new ContentVersionInfo(version, now)
        {
            Author = Clean(note?.Author),
            Message = Clean(note?.Message),
            Reason = reason ?? "published", // only versions kept before the history existed have no reason
            Previous = before is null ? null : previous,
            Changes = before is null ? null : ContentDiff.Between(previous!, before, version, snapshot).Files,
        };
    }

    /// <summary>
    /// Names who published <paramref name="version"/> and why, when a saved file published it first (the
    /// editor's <c>content publish -m</c> arrived after the watcher); a version that already names its author keeps it.
    /// </summary>
    /// <returns>False when the version is not kept or already names its author.</returns>
    public bool Sign(string version, ContentVersionNote note)
    {
        if (!Contains(version))
        {
            return false;
        }

        var folder = System.IO.Path.Combine(Path, version);
        var record = ContentVersionRecordFile.Read(folder) ?? new ContentVersionInfo(version, ReadStamp(folder));
        if (record.Author is not null)
        {
            return false;
        }

        ContentVersionRecordFile.Write(folder, record with { Author = Clean(note.Author), Message = Clean(note.Message) ?? record.Message });
        return true;
    }

    /// <summary>Most returns kept per version (a version rolled back to again and again keeps its latest ones).</summary>
    private const int MaxReturns = 50;

    /// <summary>
    /// Records that kept <paramref name="version"/> is in force again after <paramref name="previous"/>, as its own
    /// history entry; nothing when the newest entry is already this version (the command line recorded the rollback
    /// and the running bot then reloaded the same files).
    /// </summary>
    /// <returns>False when the version is not kept or the return is already the newest entry.</returns>
    public bool RecordReturn(string version, string previous, IReadOnlyList<ContentFileChange>? changes, ContentVersionNote? note, string? reason)
    {
        if (!Contains(version) || History().FirstOrDefault()?.Version == version)
        {
            return false;
        }

        var folder = System.IO.Path.Combine(Path, version);
        var record = ContentVersionRecordFile.Read(folder) ?? new ContentVersionInfo(version, ReadStamp(folder));
        var entry = new ContentVersionInfo(version, time.GetUtcNow())
        {
            Author = Clean(note?.Author),
            Message = Clean(note?.Message),
            Reason = reason ?? "published",
            Previous = previous,
            Changes = WithoutDiffs(changes),
        };

        // A return keeps which files changed, not their diffs: both versions are kept, so Diff(previous, version) gives
        // the text on demand, and a record that carried a full diff per return grew to tens of megabytes (50 returns
        // between very different versions) that every history listing and every start read into memory.
        var returns = (record.Returns ?? []).Select(r => r with { Changes = WithoutDiffs(r.Changes) }).Append(entry).TakeLast(MaxReturns).ToList();
        ContentVersionRecordFile.Write(folder, record with { Returns = returns });
        return true;
    }

    private static List<ContentFileChange>? WithoutDiffs(IReadOnlyList<ContentFileChange>? changes) =>
        changes?.Select(c => c with { Diff = "" }).ToList();

    /// <summary>
    /// The history, newest first: each version's first publication and each later return to it (a rollback) as
    /// entries of their own, with who, when, why and the files changed (without their diffs).
    /// </summary>
    public IReadOnlyList<ContentVersionInfo> History() =>
        List()
            .SelectMany(v => (v.Returns ?? []).Select(r => r with { Version = v.Version, Changes = WithoutDiffs(r.Changes) })
                .Prepend(v with { Returns = null }))
            .OrderByDescending(v => v.SavedAt)
            .ThenBy(v => v.Version, StringComparer.Ordinal)
            .ToList();

    /// <summary>A kept version with its history and the full diff from the version before it; null when not kept.</summary>
    public ContentVersionInfo? Describe(string version)
    {
        if (!Contains(version))
        {
            return null;
        }

        var folder = System.IO.Path.Combine(Path, version);
        return ContentVersionRecordFile.Read(folder) is { } record
            ? record with { Version = version }
            : new ContentVersionInfo(version, ReadStamp(folder));
    }

    /// <summary>The diff from kept version <paramref name="from"/> to kept version <paramref name="to"/>; null when either is not kept.</summary>
    public ContentDiff? Diff(string from, string to) =>
        Contains(from) && Contains(to)
            ? ContentDiff.Between(from, System.IO.Path.Combine(Path, from), to, System.IO.Path.Combine(Path, to))
            : null;

    /// <summary>
    /// What restoring <paramref name="version"/> would do to <paramref name="contentFolder"/>: the diff from the
    /// folder as it is now to that version; null when the version is not kept.
    /// </summary>
    public ContentDiff? DiffToRestore(string contentFolder, string version) =>
        Contains(version)
            ? ContentDiff.Between(ContentLoader.HashFolder(contentFolder), contentFolder, version, System.IO.Path.Combine(Path, version))
            : null;

    /// <summary>A one-line text as given, or null when blank; line breaks become spaces so a message stays one line.</summary>
    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= MaxNoteLength ? line : line[..MaxNoteLength] + "…";
    }

    /// <summary>Deletes a snapshot that is not kept (refused or unchanged content); a folder already gone is fine.</summary>
    public static void Discard(string snapshot)
    {
        try
        {
            Directory.Delete(snapshot, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // already gone
        }
    }

    /// <summary>Copies <paramref name="contentFolder"/> as <paramref name="version"/> (when its hash is that version).</summary>
    /// <returns>False when the folder changed while it was copied; nothing is kept then.</returns>
    public bool Save(string contentFolder, string version, ContentVersionNote? note = null, string? reason = null, string? previous = null)
    {
        var snapshot = Snapshot(contentFolder);
        if (ContentLoader.HashFolder(snapshot) != version)
        {
            Discard(snapshot);
            return false;
        }

        Keep(snapshot, version, note, reason, previous);
        return true;
    }

    /// <summary>Keeps a version received from another instance (its files are checked against its hash).</summary>
    /// <returns>False when the files do not hash to the version (nothing is kept then).</returns>
    public bool Add(ContentPackage package)
    {
        if (!ContentLoader.IsValidId(package.Version))
        {
            return false;
        }

        var snapshot = TemporaryFolder("received");
        foreach (var (relative, bytes) in package.Files)
        {
            var destination = System.IO.Path.GetFullPath(System.IO.Path.Combine(snapshot, relative));
            if (!destination.StartsWith(snapshot + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                Discard(snapshot); // a path that leaves the folder is never written
                return false;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, bytes);
        }

        if (ContentLoader.HashFolder(snapshot) != package.Version)
        {
            Discard(snapshot);
            return false;
        }

        Keep(snapshot, package.Version);
        return true;
    }

    /// <summary>The files of a kept version, for other instances; null when it is not kept.</summary>
    public ContentPackage? Read(string version)
    {
        if (!Contains(version))
        {
            return null;
        }

        var folder = System.IO.Path.Combine(Path, version);
        var files = ContentLoader.ContentFiles(folder).ToDictionary(
            f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'),
            File.ReadAllBytes,
            StringComparer.Ordinal);
        var record = System.IO.Path.Combine(folder, ContentVersionRecordFile.Name);
        if (File.Exists(record))
        {
            files[ContentVersionRecordFile.Name] = File.ReadAllBytes(record); // other instances show the same history
        }

        return new ContentPackage(version, files);
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
            .Select(d => ContentVersionRecordFile.Read(d.FullName) is { } record
                ? record with { Version = d.Name, Changes = record.Changes?.Select(c => c with { Diff = "" }).ToList() }
                : new ContentVersionInfo(d.Name, ReadStamp(d.FullName)))
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

    private string TemporaryFolder(string purpose)
    {
        // Inside the versions folder (same file system, so Keep is a rename); the leading dot keeps it out of List.
        var folder = System.IO.Path.Combine(Path, $".{purpose}-{Guid.NewGuid().ToString("N")[..12]}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void CopyContent(string from, string to)
    {
        foreach (var file in ContentLoader.ContentFiles(from))
        {
            if (new FileInfo(file).Length > ContentLoader.MaxFileBytes)
            {
                // Never read a damaged or mistaken giant file into memory; the reload is refused with this message.
                throw new InvalidDataException(
                    $"{System.IO.Path.GetRelativePath(from, file).Replace('\\', '/')}:1:1: error: the file is {new FileInfo(file).Length / 1024:N0} KB; " +
                    $"a content file may be at most {ContentLoader.MaxFileBytes / 1024:N0} KB — check that it was saved as text");
            }

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
