using System.Text;
using Bot.Dialogs.Content;

namespace Bot.Content.Hosting;

/// <summary>
/// What the content folder looks like from its directory entries alone: every content file's path, size and last write
/// time. Reading those is a few dozen <c>stat</c> calls; hashing the folder reads and hashes every byte (≈ 0.7 MB).
/// </summary>
/// <remarks>
/// The watcher's periodic check (the fallback for file systems that lose change events) hashed the whole folder every
/// few seconds on an idle bot, which its CPU per turn paid for (issue #18, round 4). It now hashes only when this stamp
/// moved, plus every <see cref="ContentWatcher.FullCheckEvery"/>th check in case a tool rewrote a file keeping its size
/// and time.
/// </remarks>
internal static class ContentFolderStamp
{
    public static string Of(string root)
    {
        var stamp = new StringBuilder();
        foreach (var file in ContentLoader.ContentFiles(root))
        {
            var info = new FileInfo(file);
            stamp.Append(Path.GetRelativePath(root, file)).Append('|').Append(info.Length).Append('|')
                .Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return stamp.ToString();
    }
}
