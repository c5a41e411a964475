using System.Text.Json;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Long-polls <c>getUpdates</c> for local use (no public address needed); backs off on failures.</summary>
/// <remarks>
/// Zalo returns one update per call and no offset, so a redelivered update is recognised by its
/// message id in the turn pipeline. "No update within the timeout" comes back as error 408 and is
/// not a failure. Each failure doubles the wait up to <see cref="ZaloBotOptions.PollMaxBackoff"/>.
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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await client.GetUpdatesAsync(stoppingToken).ConfigureAwait(false);
                if (result.Ok)
                {
                    failures = 0;
                    if (Parse(result) is { } update)
                    {
                        await handler.HandleAsync(update, stoppingToken).ConfigureAwait(false);
                    }

                    continue;
                }

                if (result.ErrorCode == 408)
                {
                    failures = 0; // no update within the timeout
                    continue;
                }

                logger.LogWarning("Zalo Bot getUpdates refused: error {Code} (HTTP {Status})", result.ErrorCode, (int)result.Status);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or StoreUnavailableException or TurnConflictException or JsonException)
            {
                logger.LogWarning("Zalo Bot polling failed: {Reason}", ex.GetType().Name);
            }

            failures++;
            var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 1), options.Value.PollMaxBackoff.TotalSeconds));
            try
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

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
