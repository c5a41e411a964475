using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Runs a turn for one Zalo Bot update and sends the replies; shared by the webhook and the poller.</summary>
public sealed class ZaloBotUpdateHandler(
    TurnProcessor turns,
    ZaloBotRenderer renderer,
    ZaloBotSender sender,
    ILogger<ZaloBotUpdateHandler> logger)
{
    private const int MaxIdLength = 64;

    /// <summary>Handles <paramref name="update"/>; non-text updates and bots are ignored.</summary>
    /// <exception cref="StoreUnavailableException">The conversation store is down.</exception>
    public async Task HandleAsync(ZaloBotUpdate update, CancellationToken cancellationToken)
    {
        if (update.FromBot || !update.IsText || string.IsNullOrWhiteSpace(update.Text)
            || update.ChatId is not { Length: > 0 and <= MaxIdLength } chatId)
        {
            logger.LogDebug("Zalo Bot update {Event} ignored", update.EventName);
            return;
        }

        var key = new ConversationKey(ZaloChannels.Bot, chatId);
        var updateId = update.MessageId is { Length: > 0 and <= 128 } id ? id : null;
        var result = await turns.ProcessAsync(key, InboundMessage.FromText(update.Text, updateId), cancellationToken).ConfigureAwait(false);
        if (result.Replies.Count == 0)
        {
            return;
        }

        var (outcome, _) = await sender.SendAsync(chatId, renderer.Render(result.Replies), cancellationToken).ConfigureAwait(false);
        if (outcome.Status != Dialogs.Channels.SendStatus.Sent)
        {
            logger.LogWarning("Zalo Bot reply not delivered: {Status} {Detail}", outcome.Status, outcome.Detail);
        }
    }
}
