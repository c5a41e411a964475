using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Analytics;

/// <summary>Flushes the analytics buffer every few seconds and once more on shutdown.</summary>
public sealed class AnalyticsFlushService(AnalyticsBuffer buffer, IOptions<AnalyticsOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await buffer.FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await buffer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
