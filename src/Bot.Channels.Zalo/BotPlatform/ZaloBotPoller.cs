using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Long-polls <c>getUpdates</c> for local use (no public address needed); backs off on failures.</summary>
/// <remarks>
/// Zalo returns one update per call and no offset, so a redelivered update is recognised by its
/// message id in the turn pipeline. There is nothing to leave unconfirmed either: an update that
/// could not be processed (the conversation store is down) is held here and tried again, with the
/// same back-off, before anything new is fetched, so it is neither lost nor overtaken (only a stop
/// of the process while holding it loses it). "No update within the timeout" comes back as error
/// 408 and is not a failure. Each failure doubles the wait up to <see cref="ZaloBotOptions.PollMaxBackoff"/>.
/// </remarks>
public sealed class ZaloBotPoller(
    ZaloBotClient client,
    ZaloBotUpdateHandler handler,
    IOptions<ZaloBotOptions> options,
    TimeProvider time,
    ILogger<ZaloBotPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsPolling)
        {
            return;
        }

        await DeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
        var failures = 0;
        ZaloBotUpdate? held = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (held is null)
                {
                    var result = await client.GetUpdatesAsync(stoppingToken).ConfigureAwait(false);
                    if (!result.Ok && result.ErrorCode == 408)
                    {
                        failures = 0; // no update within the timeout
                        continue;
                    }

                    if (!result.Ok)
                    {
                        logger.LogWarning("Zalo Bot getUpdates refused: error {Code} (HTTP {Status})", result.ErrorCode, (int)result.Status);
                        await WaitAsync(++failures, stoppingToken).ConfigureAwait(false);
                        continue;
                    }

                    held = Parse(result);
                }

                // A turn begun is finished even when the host stops (within its shutdown timeout).
                if (held is null || await handler.HandleAsync(held, CancellationToken.None).ConfigureAwait(false))
                {
                    held = null;
                    failures = 0;
                    continue;
                }

                logger.LogWarning("Zalo Bot update not processed (conversation store down); kept to try again");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
            {
                logger.LogWarning("Zalo Bot polling failed: {Reason}", ex.GetType().Name);
            }

            try
            {
                await WaitAsync(++failures, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Task WaitAsync(int failures, CancellationToken stoppingToken) =>
        Task.Delay(TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 1), options.Value.PollMaxBackoff.TotalSeconds)), time, stoppingToken);

    private static ZaloBotUpdate? Parse(ZaloBotApiResult result)
    {
        if (result.Result is not System.Text.Json.Nodes.JsonObject update)
        {
            return null;
        }

        using var document = JsonDocument.Parse(update.ToJsonString());
        return ZaloBotUpdate.Parse(document.RootElement);
    }

    private async Task DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await client.DeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
            if (!result.Ok)
            {
                logger.LogWarning("Zalo Bot deleteWebhook refused (error {Code}); polling anyway", result.ErrorCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Zalo Bot deleteWebhook failed ({Reason}); polling anyway", ex.GetType().Name);
        }
    }
}
