using Bot.Fraud.Reports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Fraud.Web;

/// <summary>Checks once a minute whether yesterday's scam-report digest is due (Vietnam time) and sends it once across instances.</summary>
internal sealed class DailyDigestService(DailyDigestSender sender, TimeProvider time, ILogger<DailyDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        do
        {
            try
            {
                await sender.SendDueAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Redis down or a messenger failing: try again next minute (the claim keeps it to one send).
                logger.LogWarning(ex, "Scam digest not sent; retrying in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
