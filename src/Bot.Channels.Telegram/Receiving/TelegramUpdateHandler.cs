using System.Globalization;
using Bot.Channels.Telegram.Sending;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>Handles one update, for the webhook and the poller alike: block notices, button presses, and turns.</summary>
/// <remarks>
/// A turn runs through <see cref="TurnProcessor.RunTurnAsync"/> (committed before anything is sent,
/// one conversation at a time, one error policy); this class only maps and chooses the sink.
/// </remarks>
public sealed class TelegramUpdateHandler(
    TurnProcessor turns,
    TelegramSender sender,
    IUnreachableRecipients unreachable,
    TelegramImageDownloader images,
    ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>Handles <paramref name="inbound"/>; false when nothing was processed and Telegram must deliver it again.</summary>
    public async Task<bool> HandleAsync(TelegramInbound inbound, CancellationToken cancellationToken)
    {
        var key = new ConversationKey(TelegramChannel.Name, inbound.ChatId.ToString(CultureInfo.InvariantCulture));
        if (inbound.Blocked is { } blocked)
        {
            if (blocked)
            {
                await unreachable.MarkAsync(key, "blocked", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await unreachable.ClearAsync(key, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        if (inbound.Message is not { } message)
        {
            // A button without data (nothing to run): only the spinner to stop.
            if (inbound.CallbackQueryId is { } callbackId)
            {
                await sender.AnswerCallbackAsync(callbackId, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        if (message.Attachment is { Kind: AttachmentKind.Image } photo && inbound.ImageFileId is { } fileId)
        {
            message = message with { Attachment = photo with { Download = images.For(fileId) } };
        }

        // The resident just wrote: whatever blocked them before is over (cleared by the commit with Redis).
        await unreachable.ResidentWritesAsync(key, cancellationToken).ConfigureAwait(false);
        var run = await turns.RunTurnAsync(key, message, new TelegramReplySink(sender, inbound.ChatId, inbound.CallbackQueryId, logger), cancellationToken)
            .ConfigureAwait(false);
        return run.Processed;
    }

    /// <summary>Maps and handles a raw update; updates the bot does not act on are acknowledged (true).</summary>
    public Task<bool> HandleAsync(Update update, CancellationToken cancellationToken) =>
        TelegramUpdateMapper.Map(update) is { } inbound ? HandleAsync(inbound, cancellationToken) : Task.FromResult(true);
}
