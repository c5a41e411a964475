using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tools;
using Bot.Metrics;

namespace Bot.Content.Hosting;

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
    /// <summary>Longest wait between two attempts to reach the version bus.</summary>
    private static readonly TimeSpan MaxJoinDelay = TimeSpan.FromSeconds(30);

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
            return new(_runtime.Current.Content.Version, state.LoadedAt, _runtime.FolderPath, state.LastError, state.LastErrorAt, _versions.List())
            {
                LastErrorViLines = state.LastErrorVi,
            };
        }
    }

    /// <summary>
    /// Keeps the version in force, joins the fleet and starts following versions announced by other instances.
    /// </summary>
    /// <remarks>
    /// At start an instance whose version the fleet already published and left behind (a restart with
    /// an old folder) follows the fleet; a version the fleet never saw (a deploy with new content) is
    /// published, so the rest of the fleet follows it.
    /// </remarks>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_subscription is not null)
        {
            // Started again (the watcher was restarted by its supervisor): one subscription, not two.
            await _subscription.DisposeAsync().ConfigureAwait(false);
            _subscription = null;
        }

        var mine = _runtime.Current.Content.Version;
        if (!_versions.Contains(mine))
        {
            TrySave(mine);
        }

        // The bus (Redis) may not be there yet, e.g. after a reboot where Redis starts later: this instance
        // serves its own version meanwhile and joins the fleet as soon as the bus answers.
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await JoinFleetAsync(cancellationToken).ConfigureAwait(false);
                if (attempt > 1)
                {
                    _logger.LogInformation("Content versions are shared with the other instances again (after {Attempts} attempts)", attempt);
                }

                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (attempt == 1)
                {
                    _logger.LogWarning(ex, "Content versions cannot be shared with other instances yet (the version bus does not answer); " +
                        "this instance serves {Version} and keeps trying", _runtime.Current.Content.Version);
                }

                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxJoinDelay.Ticks));
            }
        }
    }

    private async Task JoinFleetAsync(CancellationToken cancellationToken)
    {
        var subscription = await _bus.SubscribeAsync(OnAnnouncedAsync, cancellationToken).ConfigureAwait(false);
        try
        {
            // The version now, not at start: an edit made while the bus was away is this instance's latest word.
            var mine = _runtime.Current.Content.Version;
            var fleet = await _bus.CurrentAsync(cancellationToken).ConfigureAwait(false);
            if (fleet != mine)
            {
                if (fleet is not null && await _bus.WasPublishedAsync(mine, cancellationToken).ConfigureAwait(false))
                {
                    _logger.LogInformation("Content {Version} was replaced by {Fleet} while this instance was away; following the fleet", mine, fleet);
                    await OnAnnouncedAsync(fleet).ConfigureAwait(false);
                }
                else if (_versions.Read(mine) is { } package)
                {
                    await _bus.PublishAsync(package, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    _logger.LogWarning("Content {Version} could not be kept (see above), so other instances cannot be given it; they keep their version", mine);
                }
            }
        }
        catch
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _subscription = subscription;
    }

    /// <summary>Validates and, when valid and changed, publishes the folder's content.</summary>
    public Task<ReloadResult> ReloadAsync(string reason, CancellationToken cancellationToken = default) =>
        ReloadAsync(reason, null, announce: true, cancellationToken);

    /// <summary>
    /// Validates and, when valid and changed, publishes the folder's content, recording who and why in the
    /// version history; when the folder's content is already live (a saved file published it), the note is
    /// added to that version.
    /// </summary>
    public Task<ReloadResult> ReloadAsync(string reason, ContentVersionNote? note, CancellationToken cancellationToken = default) =>
        ReloadAsync(reason, note, announce: true, cancellationToken);

    /// <summary>What restoring <paramref name="version"/> would change in the content folder; null when it is not kept anywhere.</summary>
    public async Task<ContentDiff?> PreviewRollbackAsync(string version, CancellationToken cancellationToken = default)
    {
        if (!await EnsureKeptAsync(version, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _versions.DiffToRestore(_runtime.FolderPath, version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>True when <paramref name="version"/> is kept here, fetching it from the version bus when only another instance kept it.</summary>
    private async Task<bool> EnsureKeptAsync(string version, CancellationToken cancellationToken)
    {
        if (!ContentLoader.IsValidId(version))
        {
            return false;
        }

        if (!_versions.Contains(version) && await _bus.FetchAsync(version, cancellationToken).ConfigureAwait(false) is { } package)
        {
            _versions.Add(package);
        }

        return _versions.Contains(version);
    }

    /// <summary>Restores <paramref name="version"/> into the content folder and makes it current; null when it is not kept.</summary>
    /// <remarks>A version only another instance kept is fetched from the version bus first.</remarks>
    public async Task<ReloadResult?> RollbackAsync(string version, CancellationToken cancellationToken = default) =>
        (await RollbackAsync(version, null, cancellationToken).ConfigureAwait(false))?.Result;

    /// <summary>
    /// Restores <paramref name="version"/> into the content folder and makes it current; returns the outcome and
    /// the diff that was applied to the folder, or null when the version is not kept.
    /// </summary>
    public async Task<(ReloadResult Result, ContentDiff Applied)?> RollbackAsync(string version, ContentVersionNote? note, CancellationToken cancellationToken = default)
    {
        if (!await EnsureKeptAsync(version, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // Restored and reloaded under one hold of the gate: the watcher, seeing the restored files, must not reload
        // them first under its own reason ("changed …"), or the history would not show the rollback for what it is.
        ContentDiff? applied = null;
        var result = await ReloadAsync("rollback to " + version, note, announce: true, () =>
        {
            applied = _versions.DiffToRestore(_runtime.FolderPath, version);
            if (applied is null || !_versions.Restore(version, _runtime.FolderPath))
            {
                return false;
            }

            _logger.LogInformation("Content rollback to {Version} requested by {Author} ({Files} file(s) changed)", version, note?.Author ?? "the folder's owner", applied.Files.Count);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return result is null || applied is null ? null : (result, applied);
    }

    private async Task<ReloadResult> ReloadAsync(string reason, ContentVersionNote? note, bool announce, CancellationToken cancellationToken) =>
        (await ReloadAsync(reason, note, announce, null, cancellationToken).ConfigureAwait(false))!;

    /// <param name="prepare">Run first under the gate (a rollback restores its files); false stops there and the answer is null.</param>
    private async Task<ReloadResult?> ReloadAsync(string reason, ContentVersionNote? note, bool announce, Func<bool>? prepare, CancellationToken cancellationToken)
    {
        ReloadResult result;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (prepare is not null && !prepare())
            {
                return null;
            }

            result = await Task.Run(() => Compile(reason, note), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        BotMetrics.RecordContentReload(!result.Refused);
        if (result.Swapped && announce)
        {
            await AnnounceAsync(result.Version, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Tells the other instances; a bus failure never undoes the version that went live here.</summary>
    private async Task AnnounceAsync(string version, CancellationToken cancellationToken)
    {
        try
        {
            if (_versions.Read(version) is { } package)
            {
                await _bus.PublishAsync(package, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Content {Version} is live here but could not be announced to other instances; they keep their version until the next publish", version);
        }
    }

    /// <summary>
    /// Reads the folder once (a snapshot), then validates, hashes and compiles those same bytes, so
    /// the version reported always names the content residents get, even while an editor is saving.
    /// </summary>
    private ReloadResult Compile(string reason, ContentVersionNote? note)
    {
        var current = _runtime.Current.Content.Version;
        string snapshot;
        try
        {
            snapshot = _versions.Snapshot(_runtime.FolderPath);
        }
        catch (InvalidDataException ex)
        {
            return Refuse(reason, current, [ex.Message]); // a file far too large to be a dialog script (already file:line)
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-save; the save's own change event brings another try.
            var file = ex is FileNotFoundException { FileName: { } path } ? Path.GetRelativePath(_runtime.FolderPath, path).Replace('\\', '/') : ".";
            return Refuse(reason, current, [$"{file}:1:1: error: the content folder could not be read ({ex.Message}) — save the file again"]);
        }

        var kept = false;
        try
        {
            ValidationReport report;
            try
            {
                report = ContentValidator.Validate(snapshot, _time);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The loader turns every broken file into a line-numbered error; anything still thrown is a
                // refused edit too, never a stopped reload (residents keep the version in force).
                _logger.LogError(ex, "Content validation threw; the edit is refused and version {Version} stays", current);
                return Refuse(reason, current, ["the content could not be checked: " + ex.Message]);
            }

            if (report.HasErrors || report.Bundle is null)
            {
                var refused = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                return Refuse(reason, current, refused.Select(d => d.ToString()).ToList(),
                    refused.Select(d => ContentMessageCatalogue.Describe(d, EditorLanguage.Vi)).ToList());
            }

            var bundle = report.Bundle with { Path = _runtime.FolderPath };
            if (bundle.Version == current)
            {
                if (note is not null)
                {
                    TrySign(current, note);
                }

                Volatile.Write(ref _state, _state with { LastError = null, LastErrorVi = null, LastErrorAt = null });
                return new ReloadResult(false, current, []);
            }

            DialogEngine engine;
            try
            {
                engine = new DialogEngine(bundle);
            }
            catch (Exception ex)
            {
                return Refuse(reason, current, ["the content could not be compiled: " + ex.Message]);
            }

            kept = TryKeep(snapshot, bundle.Version, note, reason, current);
            _runtime.Swap(engine);
            Volatile.Write(ref _state, new State(_time.GetUtcNow(), null, null));
            _logger.LogInformation("Content {Version} is live ({Reason}; was {Previous}; {Warnings} warning(s))",
                bundle.Version, reason, current, report.Warnings);
            return new ReloadResult(true, bundle.Version, []);
        }
        finally
        {
            if (!kept)
            {
                ContentVersionStore.Discard(snapshot);
            }
        }
    }

    /// <param name="errorsVi">The same in Vietnamese when the findings are at hand (their content-written fixes included); else translated from the English.</param>
    private ReloadResult Refuse(string reason, string current, IReadOnlyList<string> errors, IReadOnlyList<string>? errorsVi = null)
    {
        // Logged before it shows in the status, so whoever sees the refusal in GET /api/admin/content finds it in the log too.
        _logger.LogWarning("Content edit refused ({Reason}); residents keep version {Version}. Fix:{NewLine}{Errors}",
            reason, current, Environment.NewLine, string.Join(Environment.NewLine, errors));
        Volatile.Write(ref _state, _state with { LastError = errors, LastErrorVi = errorsVi, LastErrorAt = _time.GetUtcNow() });
        return new ReloadResult(false, current, errors);
    }

    /// <summary>
    /// Another instance published <paramref name="version"/>: get its files (kept here, or from the bus),
    /// put them into this folder (so the watcher agrees) and reload.
    /// </summary>
    private async Task OnAnnouncedAsync(string version)
    {
        if (version == _runtime.Current.Content.Version)
        {
            return;
        }

        try
        {
            if (!_versions.Contains(version))
            {
                if (await _bus.FetchAsync(version).ConfigureAwait(false) is not { } package || !_versions.Add(package))
                {
                    _logger.LogWarning("Content {Version} was announced but its files are not available; keeping {Current}", version, _runtime.Current.Content.Version);
                    return;
                }
            }

            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (ContentLoader.HashFolder(_runtime.FolderPath) != version)
                {
                    _versions.Restore(version, _runtime.FolderPath);
                }
            }
            finally
            {
                _gate.Release();
            }

            await ReloadAsync("announced by another instance", null, announce: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A subscriber must never throw into the bus; the next announcement or check tries again.
            _logger.LogWarning(ex, "Could not follow content {Version} announced by another instance", version);
        }
    }

    /// <summary>Keeps a copy for rollback; a failure here must not stop a valid edit going live.</summary>
    private void TrySave(string version)
    {
        try
        {
            // At start the diff is taken from the newest kept version: a deploy with new content shows what it changed.
            var previous = _versions.List().FirstOrDefault()?.Version;
            if (!_versions.Save(_runtime.FolderPath, version, null, "started with this content", previous))
            {
                _logger.LogInformation("Content folder changed while version {Version} was kept; the next reload keeps the new one", version);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not keep content version {Version} in {Path} for rollback", version, _versions.Path);
        }
    }

    private bool TryKeep(string snapshot, string version, ContentVersionNote? note, string reason, string previous)
    {
        try
        {
            _versions.Keep(snapshot, version, note, reason, previous);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not keep content version {Version} in {Path} for rollback", version, _versions.Path);
            return false;
        }
    }

    private void TrySign(string version, ContentVersionNote note)
    {
        try
        {
            _versions.Sign(version, note);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not record who published content version {Version} in {Path}", version, _versions.Path);
        }
    }

    /// <summary>What the status shows besides the version; replaced as a whole so readers never see half an update.</summary>
    private sealed record State(DateTimeOffset LoadedAt, IReadOnlyList<string>? LastError, DateTimeOffset? LastErrorAt)
    {
        public IReadOnlyList<string>? LastErrorVi { get; init; }
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
