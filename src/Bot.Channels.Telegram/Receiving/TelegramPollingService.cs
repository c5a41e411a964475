using Bot.Channels.Telegram.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>
/// Long polling for machines without a public URL: removes any webhook first (Telegram refuses
/// <c>getUpdates</c> while one is set), then asks for updates in a loop, confirming each batch with
/// the next offset. Failing polls back off exponentially (the library has no backoff of its own);
/// stopping the host cancels the poll in flight.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    TelegramStatus status,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var webhookDeleted = false;
        var offset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    await bot.DeleteWebhook(dropPendingUpdates: false, stoppingToken).ConfigureAwait(false);
                    webhookDeleted = true;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(o.PollingTimeoutSeconds + o.RequestTimeoutSeconds));
                var updates = await bot.GetUpdates(offset, 100, o.PollingTimeoutSeconds, TelegramChannel.AllowedUpdates, timeout.Token)
                    .ConfigureAwait(false);
                if (failures > 0)
                {
                    logger.LogInformation("Telegram polling works again after {Failures} failure(s)", failures);
                }

                failures = 0;
                status.Healthy();
                foreach (var update in updates)
                {
                    offset = update.Id + 1; // confirmed by the next poll
                    if (TelegramUpdateMapper.Map(update) is { } inbound)
                    {
                        while (!dispatcher.TryEnqueue(inbound))
                        {
                            await Task.Delay(TimeSpan.FromMilliseconds(200), time, stoppingToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                status.Trouble("Telegram refused Telegram:BotToken. Copy the token again from @BotFather.", fatal: true);
                logger.LogCritical("Telegram refused the bot token ({Code}); polling stopped. Set Telegram__BotToken to the token from @BotFather", ex.ErrorCode);
                return;
            }
            catch (Exception ex)
            {
                failures++;
                if (ex is ApiRequestException { ErrorCode: 409 } conflict)
                {
                    // Either a webhook is set (delete it again) or another instance polls with the same token.
                    webhookDeleted = !conflict.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase);
                }

                var delay = Backoff(o, failures);
                status.Trouble("Telegram polling fails: " + ex.Message);
                logger.LogWarning("Telegram polling failed ({Reason}); next try in {Delay} ms", ex.Message, (int)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        logger.LogInformation("Telegram polling stopped");
    }

    /// <summary>Base delay doubled per consecutive failure, capped, plus up to a quarter of jitter (never less).</summary>
    internal static TimeSpan Backoff(TelegramOptions options, int failures)
    {
        var ms = Math.Min(options.RetryBaseDelayMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20)), options.PollingMaxBackoffSeconds * 1000.0);
        return TimeSpan.FromMilliseconds(ms + Random.Shared.Next(0, Math.Max(1, (int)(ms / 4))));
    }
}
