using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>In webhook mode, tells Zalo where to deliver updates (<c>setWebhook</c> with the URL and secret) when the bot starts.</summary>
/// <remarks>
/// Runs in the background so an unreachable Zalo does not hold up start-up; a failed call is tried
/// again with doubling waits until it works, and meanwhile the channel's health check says why.
/// Without <see cref="ZaloBotOptions.WebhookUrl"/> nothing is registered (the operator did it by hand).
/// </remarks>
public sealed class ZaloBotWebhookRegistrar(
    ZaloBotClient client,
    IOptions<ZaloBotOptions> options,
    TimeProvider time,
    ILogger<ZaloBotWebhookRegistrar> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.IsPolling)
        {
            return;
        }

        var url = settings.WebhookUrl.Trim();
        if (url.Length == 0)
        {
            logger.LogWarning("Zalo:Bot:WebhookUrl is not set, so the bot does not call setWebhook; " +
                              "set it to the public address of /zalo/bot/webhook unless the webhook is registered another way");
            return;
        }

        var wait = settings.SetWebhookRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await client.SetWebhookAsync(url, settings.SecretToken.Trim(), stoppingToken).ConfigureAwait(false);
                if (result.Ok)
                {
                    logger.LogInformation("Zalo Bot webhook registered with setWebhook");
                    return;
                }

                logger.LogError("Zalo refused setWebhook: error {Code} ({Description}); check Zalo:Bot:WebhookUrl and Zalo:Bot:SecretToken. Trying again in {Wait}",
                    result.ErrorCode, result.Description, wait);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                logger.LogWarning("Zalo Bot setWebhook failed ({Reason}); trying again in {Wait}", ex.GetType().Name, wait);
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = wait * 2 < settings.PollMaxBackoff ? wait * 2 : settings.PollMaxBackoff;
        }
    }
}
