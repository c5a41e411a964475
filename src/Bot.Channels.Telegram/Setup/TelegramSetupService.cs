using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Channels.Telegram.Setup;

/// <summary>
/// At start: learns the bot's username (<c>getMe</c>), registers the "/" commands in Vietnamese and
/// English, and in webhook mode points Telegram at the webhook with its secret and the update types used.
/// Retries with backoff while Telegram cannot be reached; stops for good when the token is refused.
/// </summary>
public sealed class TelegramSetupService(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    TelegramStatus status,
    TimeProvider time,
    ILogger<TelegramSetupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var delay = TimeSpan.FromMilliseconds(o.RetryBaseDelayMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var me = await bot.GetMe(stoppingToken).ConfigureAwait(false);
                status.BotUsername = o.BotUsername.Length > 0 ? o.BotUsername : me.Username;
                await bot.SetMyCommands(TelegramBotCommands.Vietnamese, cancellationToken: stoppingToken).ConfigureAwait(false);
                await bot.SetMyCommands(TelegramBotCommands.Vietnamese, languageCode: "vi", cancellationToken: stoppingToken).ConfigureAwait(false);
                await bot.SetMyCommands(TelegramBotCommands.English, languageCode: "en", cancellationToken: stoppingToken).ConfigureAwait(false);
                if (o.Mode == TelegramMode.Webhook)
                {
                    await bot.SetWebhook(o.WebhookUrl, allowedUpdates: TelegramChannel.AllowedUpdates, secretToken: o.SecretToken,
                        cancellationToken: stoppingToken).ConfigureAwait(false);
                    status.Healthy();
                    logger.LogInformation("Telegram webhook set for @{Bot}: updates go to {WebhookUrl}", status.BotUsername, o.WebhookUrl);
                }
                else
                {
                    logger.LogInformation("Telegram bot @{Bot} ready; receiving updates by long polling", status.BotUsername);
                }

                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                status.Trouble("Telegram refused Telegram:BotToken. Copy the token again from @BotFather (/mybots → API Token).", fatal: true);
                logger.LogCritical("Telegram refused the bot token ({Code}); the Telegram channel is not working. Set Telegram__BotToken to the token from @BotFather", ex.ErrorCode);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.Trouble("cannot reach Telegram to set the bot up: " + ex.Message);
                logger.LogWarning("Telegram setup failed ({Reason}); retrying in {Delay} s", ex.Message, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(60).Ticks));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
