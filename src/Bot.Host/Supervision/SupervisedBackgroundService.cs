using Bot.Metrics;

namespace Bot.Host.Supervision;

/// <summary>
/// Runs one <see cref="BackgroundService"/> and restarts it whenever it crashes: logged with the
/// service's name, counted in <c>bot_background_service_crashes_total</c>, restarted after a wait that
/// doubles with each crash in a row (see <see cref="SupervisionOptions"/>).
/// </summary>
/// <remarks>
/// The host only watches services that are themselves a <see cref="BackgroundService"/>; this wrapper
/// is not one, so a crash never reaches <c>BackgroundServiceExceptionBehavior</c> and never stops
/// the host (every channel would stop with it). A service that returns on its own is left finished.
/// </remarks>
public sealed class SupervisedBackgroundService : IHostedService, IDisposable
{
    private readonly BackgroundService _inner;
    private readonly SupervisionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task _supervising = Task.CompletedTask;
    private int _crashes;

    public SupervisedBackgroundService(BackgroundService inner, SupervisionOptions options, TimeProvider time, ILogger<SupervisedBackgroundService> logger)
    {
        _inner = inner;
        _options = options;
        _time = time;
        _logger = logger;
        Name = inner.GetType().Name;
    }

    /// <summary>The supervised service's name, as logs and the metric show it.</summary>
    public string Name { get; }

    /// <summary>The service being supervised.</summary>
    public BackgroundService Inner => _inner;

    /// <summary>How many times the service crashed since the host started.</summary>
    public int Crashes => Volatile.Read(ref _crashes);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first run starts with the host, like any hosted service (StartAsync of a BackgroundService returns at once).
        await _inner.StartAsync(_stopping.Token).ConfigureAwait(false);
        _supervising = SuperviseAsync(_inner.ExecuteTask ?? Task.CompletedTask, _stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel(); // no restart from here on, even if the service fails while stopping
        await _inner.StopAsync(cancellationToken).ConfigureAwait(false);
        await _supervising.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <remarks>
    /// Only cancels: some hosts (the test server among them) dispose services before they stop them, and a
    /// stop after this must still work. The token source holds no timer, so leaving it to the GC is fine.
    /// </remarks>
    public void Dispose()
    {
        _stopping.Cancel();
        _inner.Dispose();
    }

    private async Task SuperviseAsync(Task running, CancellationToken stopping)
    {
        var delay = _options.FirstRestartDelay;
        while (true)
        {
            var startedAt = _time.GetTimestamp();
            try
            {
                await running.ConfigureAwait(false);
                return; // finished its work on its own: nothing to restart
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return; // stopping with the host
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref _crashes);
                BotMetrics.RecordBackgroundServiceCrash(Name);
                if (_time.GetElapsedTime(startedAt) >= _options.HealthyRunTime)
                {
                    delay = _options.FirstRestartDelay; // it had recovered: this is a new incident, not the same one again
                }

                _logger.LogError(ex, "Background service {Service} crashed ({Crashes} since start); restarting in {Delay}. The rest of the bot keeps running",
                    Name, Crashes, delay);
            }

            try
            {
                await Task.Delay(delay, _time, stopping).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRestartDelay.Ticks));
                await _inner.StartAsync(stopping).ConfigureAwait(false);
                running = _inner.ExecuteTask ?? Task.CompletedTask;
                _logger.LogInformation("Background service {Service} restarted", Name);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
