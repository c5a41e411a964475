using System.Globalization;
using Bot.Channels.Telegram.Sending;
using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>Handles one update: answers the button, runs the turn (committed before anything is sent), sends the replies.</summary>
public sealed class TelegramUpdateHandler(
    TurnProcessor turns,
    TelegramSender sender,
    IUnreachableRecipients unreachable,
    IEngineProvider engines,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(TelegramInbound inbound, CancellationToken cancellationToken)
    {
        var chatKey = inbound.ChatId.ToString(CultureInfo.InvariantCulture);
        if (inbound.CallbackQueryId is { } callbackId)
        {
            await sender.AnswerCallbackAsync(callbackId, cancellationToken).ConfigureAwait(false);
        }

        if (inbound.Blocked is { } blocked)
        {
            if (blocked)
            {
                await unreachable.MarkUnreachableAsync(chatKey, "blocked", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await unreachable.MarkReachableAsync(chatKey, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (inbound.Message is not { } message)
        {
            return;
        }

        // The resident just wrote: whatever blocked them before is over.
        await unreachable.MarkReachableAsync(chatKey, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Reply> replies;
        try
        {
            var result = await turns.ProcessAsync(new ConversationKey(TelegramChannel.Name, chatKey), message, cancellationToken)
                .ConfigureAwait(false);
            if (result.Duplicate)
            {
                logger.LogDebug("Update {UpdateId} was answered before; ignored", message.UpdateId);
                return;
            }

            replies = result.Replies;
        }
        catch (Exception ex) when (ex is StoreUnavailableException or TurnConflictException)
        {
            // The update was already acknowledged, so Telegram will not redeliver it: say sorry instead of nothing.
            logger.LogWarning("Turn not processed ({Reason}); the resident was asked to try again", ex.GetType().Name);
            replies = [Reply.Plain(engines.Current.Content.Text(TextKeys.Error, "vi"))];
        }

        var outcome = await sender.SendRepliesAsync(inbound.ChatId, replies, cancellationToken).ConfigureAwait(false);
        if (outcome.Status != Dialogs.Channels.SendStatus.Sent)
        {
            logger.LogWarning("Replies to update {UpdateId} not fully sent: {Status} {Detail}", message.UpdateId, outcome.Status, outcome.Detail);
        }
    }

    /// <summary>Maps and handles a raw update; updates the bot does not act on are ignored.</summary>
    public Task HandleAsync(Update update, CancellationToken cancellationToken) =>
        TelegramUpdateMapper.Map(update) is { } inbound ? HandleAsync(inbound, cancellationToken) : Task.CompletedTask;
}
