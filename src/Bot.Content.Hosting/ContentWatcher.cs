using System.Threading.Channels;
using Bot.Dialogs.Content;
using Microsoft.Extensions.Options;

namespace Bot.Content.Hosting;

/// <summary>
/// Watches the content folder and reloads after editors stop saving: file-system events when they
/// arrive, and a periodic check for file systems that lose them (sizes and times each time, the full hash when they
/// moved: <see cref="ContentFolderStamp"/>).
/// </summary>
public sealed class ContentWatcher(ContentReloader reloader, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Joining the fleet may wait for Redis (a reboot where it starts later); edits are watched meanwhile.
        var joining = reloader.StartAsync(stoppingToken);
        var settings = options.Value;
        if (!settings.Watch)
        {
            await joining.ConfigureAwait(false);
            return; // versions are still kept and announced versions followed; edits wait for a reload request
        }

        using var watcher = TryWatch(reloader.FolderPath);
        var polling = settings.PollSeconds > 0 ? PollAsync(TimeSpan.FromSeconds(settings.PollSeconds), stoppingToken) : Task.CompletedTask;
        var debounce = TimeSpan.FromMilliseconds(Math.Max(0, settings.DebounceMilliseconds));
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Wait until the folder has been quiet for the debounce time: an editor's save often touches several files.
                var reason = await _changes.Reader.ReadAsync(stoppingToken).ConfigureAwait(false);
                do
                {
                    await Task.Delay(debounce, stoppingToken).ConfigureAwait(false);
                }
                while (_changes.Reader.TryRead(out _));

                try
                {
                    await reloader.ReloadAsync(reason, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed reload is a refused edit, never the end of watching: the next save tries again.
                    logger.LogError(ex, "Content reload after '{Reason}' failed; residents keep the version in force", reason);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }

        await polling.ConfigureAwait(false);
        await joining.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private FileSystemWatcher? TryWatch(string folder)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Signal("changed " + e.Name);
            watcher.Created += (_, e) => Signal("created " + e.Name);
            watcher.Deleted += (_, e) => Signal("deleted " + e.Name);
            watcher.Renamed += (_, e) => Signal("renamed " + e.Name);
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Content watcher lost events; the periodic check still catches edits");
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning(ex, "Cannot watch {Folder}; relying on the periodic check", folder);
            return null;
        }
    }

    /// <summary>Every this many periodic checks the folder is hashed even if no file's size or time moved.</summary>
    internal const int FullCheckEvery = 12;

    private async Task PollAsync(TimeSpan every, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every);
        var seen = SafeHash();
        var stamp = SafeStamp();
        var checks = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                // Reading sizes and times is cheap; the full hash only when they moved (or now and then, see FullCheckEvery).
                var nowStamp = SafeStamp();
                if (nowStamp is not null && nowStamp == stamp && ++checks % FullCheckEvery != 0)
                {
                    continue;
                }

                stamp = nowStamp;
                var now = SafeHash();
                if (now is not null && now != seen)
                {
                    seen = now;
                    Signal("periodic check");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    private string? SafeStamp()
    {
        try
        {
            return ContentFolderStamp.Of(reloader.FolderPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private string? SafeHash()
    {
        try
        {
            return ContentLoader.HashFolder(reloader.FolderPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Signal(string reason) => _changes.Writer.TryWrite(reason);
}
