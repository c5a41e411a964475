using Bot.Channels.Zalo.Images;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Runs the turn of one Zalo Bot update (<see cref="TurnProcessor.RunTurnAsync"/>); shared by the webhook and the poller.</summary>
public sealed class ZaloBotUpdateHandler(
    TurnProcessor turns,
    ZaloBotRenderer renderer,
    ZaloBotSender sender,
    ZaloImageDownloader images,
    ILogger<ZaloBotUpdateHandler> logger)
{
    private const int MaxIdLength = 64;

    /// <summary>Handles <paramref name="update"/> (bots are ignored; photos are read, stickers and the rest answered); false when nothing was processed and it must come again.</summary>
    public async Task<bool> HandleAsync(ZaloBotUpdate update, CancellationToken cancellationToken)
    {
        if (update.FromBot || update.ChatId is not { Length: > 0 and <= MaxIdLength } chatId
            || (update.IsText && string.IsNullOrWhiteSpace(update.Text)))
        {
            logger.LogDebug("Zalo Bot update {Event} ignored", update.EventName);
            return true;
        }

        var key = new ConversationKey(ZaloChannels.Bot, chatId);
        var updateId = update.MessageId is { Length: > 0 and <= 128 } id ? id : null;
        var inbound = update.AttachmentKind switch
        {
            null => InboundMessage.FromText(update.Text!, updateId),
            AttachmentKind.Image => InboundMessage.FromAttachment(InboundAttachment.Image(images.For(update.PhotoUrl)), update.Caption, updateId),
            { } kind => InboundMessage.FromAttachment(new InboundAttachment(kind), update.Caption, updateId), // never silent
        };
        var run = await turns.RunTurnAsync(key, inbound, new ZaloBotReplySink(renderer, sender, chatId, logger), cancellationToken)
            .ConfigureAwait(false);
        return run.Processed;
    }
}
