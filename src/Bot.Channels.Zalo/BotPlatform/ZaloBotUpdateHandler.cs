using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Runs the turn of one Zalo Bot update (<see cref="TurnProcessor.RunTurnAsync"/>); shared by the webhook and the poller.</summary>
public sealed class ZaloBotUpdateHandler(
    TurnProcessor turns,
    ZaloBotRenderer renderer,
    ZaloBotSender sender,
    ILogger<ZaloBotUpdateHandler> logger)
{
    private const int MaxIdLength = 64;

    /// <summary>Handles <paramref name="update"/> (non-text updates and bots are ignored); false when nothing was processed and it must come again.</summary>
    public async Task<bool> HandleAsync(ZaloBotUpdate update, CancellationToken cancellationToken)
    {
        if (update.FromBot || !update.IsText || string.IsNullOrWhiteSpace(update.Text)
            || update.ChatId is not { Length: > 0 and <= MaxIdLength } chatId)
        {
            logger.LogDebug("Zalo Bot update {Event} ignored", update.EventName);
            return true;
        }

        var key = new ConversationKey(ZaloChannels.Bot, chatId);
        var updateId = update.MessageId is { Length: > 0 and <= 128 } id ? id : null;
        var run = await turns.RunTurnAsync(key, InboundMessage.FromText(update.Text, updateId), new ZaloBotReplySink(renderer, sender, chatId, logger), cancellationToken)
            .ConfigureAwait(false);
        return run.Processed;
    }
}
