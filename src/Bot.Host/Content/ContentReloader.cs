using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tools;

namespace Bot.Host.Content;

/// <summary>
/// Validates the content folder, compiles a new engine and swaps it in; an invalid folder never
/// replaces the version in force. Also restores kept versions (rollback) and follows the version
/// announced by other instances.
/// </summary>
/// <remarks>
/// Turns read <see cref="ContentRuntime.Current"/> once, so a swap never splits a turn between two
/// versions; conversations carry their content version and the engine handles removed steps.
/// </remarks>
public sealed class ContentReloader : IAsyncDisposable
{
    private readonly ContentRuntime _runtime;
    private readonly ContentVersionStore _versions;
    private readonly IContentVersionBus _bus;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IAsyncDisposable? _subscription;
    private State _state;

    public ContentReloader(ContentRuntime runtime, ContentVersionStore versions, IContentVersionBus bus, TimeProvider time, ILogger<ContentReloader> logger)
    {
        _runtime = runtime;
        _versions = versions;
        _bus = bus;
        _time = time;
        _logger = logger;
        _state = new State(runtime.Current.Content.LoadedAt, null, null);
    }

    /// <summary>The content folder.</summary>
    public string FolderPath => _runtime.FolderPath;

    /// <summary>The version in force and the last refused edit.</summary>
    public ContentStatus Status
    {
        get
        {
            var state = Volatile.Read(ref _state);
            return new(_runtime.Current.Content.Version, state.LoadedAt, _runtime.FolderPath, state.LastError, state.LastErrorAt, _versions.List());
        }
    }

    /// <summary>Keeps the version in force and starts following versions announced by other instances.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        TrySave(_runtime.Current.Content.Version);
        _subscription = await _bus.SubscribeAsync(OnAnnouncedAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates and, when valid and changed, publishes the folder's content.</summary>
    public Task<ReloadResult> ReloadAsync(string reason, CancellationToken cancellationToken = default) =>
        ReloadAsync(reason, announce: true, cancellationToken);

    /// <summary>Restores <paramref name="version"/> into the content folder and makes it current; null when it is not kept.</summary>
    public async Task<ReloadResult?> RollbackAsync(string version, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_versions.Restore(version, _runtime.FolderPath))
            {
                return null;
            }
        }
        finally
        {
            _gate.Release();
        }

        _logger.LogInformation("Content rollback to {Version} requested", version);
        return await ReloadAsync("rollback to " + version, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReloadResult> ReloadAsync(string reason, bool announce, CancellationToken cancellationToken)
    {
        ReloadResult result;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            result = await Task.Run(() => Compile(reason), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        if (result.Swapped && announce)
        {
            await _bus.PublishAsync(result.Version, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private ReloadResult Compile(string reason)
    {
        var current = _runtime.Current.Content.Version;
        ValidationReport report;
        try
        {
            report = ContentValidator.Validate(_runtime.FolderPath, _time);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-save; the save's own change event brings another try.
            return Refuse(reason, current, ["the content folder could not be read: " + ex.Message]);
        }

        if (report.HasErrors || report.Bundle is null)
        {
            var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            return Refuse(reason, current, errors);
        }

        if (report.Bundle.Version == current)
        {
            Volatile.Write(ref _state, _state with { LastError = null, LastErrorAt = null });
            return new ReloadResult(false, current, []);
        }

        DialogEngine engine;
        try
        {
            engine = new DialogEngine(report.Bundle);
        }
        catch (Exception ex)
        {
            return Refuse(reason, current, ["the content could not be compiled: " + ex.Message]);
        }

        TrySave(report.Bundle.Version);
        _runtime.Swap(engine);
        Volatile.Write(ref _state, new State(_time.GetUtcNow(), null, null));
        _logger.LogInformation("Content {Version} is live ({Reason}; was {Previous}; {Warnings} warning(s))",
            report.Bundle.Version, reason, current, report.Warnings);
        return new ReloadResult(true, report.Bundle.Version, []);
    }

    private ReloadResult Refuse(string reason, string current, IReadOnlyList<string> errors)
    {
        Volatile.Write(ref _state, _state with { LastError = errors, LastErrorAt = _time.GetUtcNow() });
        _logger.LogWarning("Content edit refused ({Reason}); residents keep version {Version}. Fix:{NewLine}{Errors}",
            reason, current, Environment.NewLine, string.Join(Environment.NewLine, errors));
        return new ReloadResult(false, current, errors);
    }

    /// <summary>Another instance published <paramref name="version"/>: restore it if this folder differs and it is kept, then reload.</summary>
    private async Task OnAnnouncedAsync(string version)
    {
        if (version == _runtime.Current.Content.Version)
        {
            return;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ContentLoader.HashFolder(_runtime.FolderPath) != version && _versions.Contains(version))
            {
                _versions.Restore(version, _runtime.FolderPath);
            }
        }
        finally
        {
            _gate.Release();
        }

        await ReloadAsync("announced by another instance", announce: false, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Keeps a copy for rollback; a failure here must not stop a valid edit going live.</summary>
    private void TrySave(string version)
    {
        try
        {
            _versions.Save(_runtime.FolderPath, version);
            if (ContentLoader.HashFolder(Path.Combine(_versions.Path, version)) != version)
            {
                // The folder changed while it was copied: drop the copy; the next reload keeps a clean one.
                Directory.Delete(Path.Combine(_versions.Path, version), recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not keep content version {Version} in {Path} for rollback", version, _versions.Path);
        }
    }

    /// <summary>What the status shows besides the version; replaced as a whole so readers never see half an update.</summary>
    private sealed record State(DateTimeOffset LoadedAt, IReadOnlyList<string>? LastError, DateTimeOffset? LastErrorAt);

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
