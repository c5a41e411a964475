using Bot.Channels.Telegram.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>
/// Long polling for machines without a public URL: removes any webhook first (Telegram refuses
/// <c>getUpdates</c> while one is set), then asks for updates in a loop. Each batch is processed
/// before the next poll, and the next poll's offset confirms only what was processed: when the
/// conversation store is down, the first update that could not be processed (and everything after
/// it) stays unconfirmed, Telegram hands it out again, and the poller backs off. Updates after it
/// that were processed are recognised by their id and not answered twice. Failing polls back off
/// exponentially (the library has no backoff of its own); stopping the host cancels the poll in
/// flight, and a batch being processed is finished first.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
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
        var storeDown = 0;
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
                if (updates.Length == 0)
                {
                    continue;
                }

                var unprocessed = await ProcessAsync(updates).ConfigureAwait(false);
                offset = unprocessed ?? updates[^1].Id + 1; // confirmed by the next poll
                if (unprocessed is not null)
                {
                    storeDown++;
                    var wait = Backoff(o, storeDown);
                    logger.LogWarning("Telegram update not processed (conversation store down); it stays unconfirmed, next try in {Delay} ms", (int)wait.TotalMilliseconds);
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
                else
                {
                    storeDown = 0;
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

    /// <summary>
    /// Processes one batch: each update starts in order, so one chat's updates queue for its turn lock in
    /// arrival order while different chats run side by side. Returns the id of the first update (in
    /// batch order) that was not processed, or null when all were.
    /// </summary>
    /// <remarks>Not cancelled by stopping: a turn begun is finished (within the host's shutdown timeout).</remarks>
    private async Task<int?> ProcessAsync(Update[] updates)
    {
        var runs = updates.Select(update => handler.HandleAsync(update, CancellationToken.None)).ToArray();
        var processed = await Task.WhenAll(runs).ConfigureAwait(false);
        var first = Array.IndexOf(processed, false);
        return first < 0 ? null : updates[first].Id;
    }

    /// <summary>Base delay doubled per consecutive failure, capped, plus up to a quarter of jitter (never less).</summary>
    internal static TimeSpan Backoff(TelegramOptions options, int failures)
    {
        var ms = Math.Min(options.RetryBaseDelayMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20)), options.PollingMaxBackoffSeconds * 1000.0);
        return TimeSpan.FromMilliseconds(ms + Random.Shared.Next(0, Math.Max(1, (int)(ms / 4))));
    }
}
