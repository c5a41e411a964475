using System.Globalization;
using System.Text;

namespace Bot.Channels.Zalo.Tokens;

/// <summary>Keeps the OA's tokens in one encrypted file, replaced atomically (write a temp file, flush, rename).</summary>
/// <remarks>
/// A crash leaves either the old file or the new one, never half of one. The refresh lease is a
/// lock file created exclusively next to it, so several processes on one host refresh one at a time;
/// a lease left behind by a crashed process expires.
/// </remarks>
public sealed class FileZaloTokenStore(string path, ZaloTokenProtector protector, TimeProvider time) : IZaloTokenStore
{
    /// <summary>The file's full path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    private string LeasePath => Path + ".lease";

    public async Task<ZaloTokens?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(Path, cancellationToken).ConfigureAwait(false);
        return protector.Unprotect(text);
    }

    public async Task SaveAsync(ZaloTokens tokens, CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var temp = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(Path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var bytes = Encoding.UTF8.GetBytes(protector.Protect(tokens));
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Options = FileOptions.WriteThrough,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // readable by the bot's user only
            }

            await using (var stream = new FileStream(temp, options))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Task<IAsyncDisposable?> TryAcquireRefreshLeaseAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(LeasePath)!);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var expires = time.GetUtcNow().Add(duration).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            try
            {
                using (var stream = new FileStream(LeasePath, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(Encoding.ASCII.GetBytes(expires));
                }

                return Task.FromResult<IAsyncDisposable?>(new Lease(LeasePath, expires));
            }
            catch (IOException) when (File.Exists(LeasePath))
            {
                if (!IsExpired(duration))
                {
                    return Task.FromResult<IAsyncDisposable?>(null);
                }

                TryDelete(LeasePath); // its holder crashed; the next attempt takes it
            }
        }

        return Task.FromResult<IAsyncDisposable?>(null);
    }

    private bool IsExpired(TimeSpan duration)
    {
        try
        {
            var text = File.ReadAllText(LeasePath);
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var until))
            {
                return time.GetUtcNow().ToUnixTimeMilliseconds() > until;
            }

            // Empty or partial: its holder may have created it a moment ago and not written the time
            // yet. Only a lease file that stayed unreadable for a whole lease duration is abandoned.
            return File.GetLastWriteTimeUtc(LeasePath) < time.GetUtcNow().UtcDateTime - duration;
        }
        catch (IOException)
        {
            return false; // being written or removed right now: treat as held
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // someone else removed or retook it; the caller simply tries again
        }
    }

    private sealed class Lease(string path, string expires) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            try
            {
                // Only remove our own lease: if it expired and someone else took it, leave theirs alone.
                if (File.Exists(path) && File.ReadAllText(path) == expires)
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
                // it expires on its own
            }

            return ValueTask.CompletedTask;
        }
    }
}
