using Bot.Channels.Telegram.Sending;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>Delivers one turn's answer to a Telegram chat: stops the pressed button's spinner, then sends the replies.</summary>
/// <remarks>
/// Called only for a turn committed now: a redelivered update gets nothing (the resident has the
/// messages already, and Telegram refuses a second answer to a callback query with "query is too old").
/// </remarks>
internal sealed class TelegramReplySink(TelegramSender sender, long chatId, string? callbackQueryId, ILogger logger) : IReplySink
{
    public bool ReplaysAnswers => false;

    public async Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
    {
        if (callbackQueryId is not null)
        {
            await sender.AnswerCallbackAsync(callbackQueryId, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await sender.SendRepliesAsync(chatId, result.Replies, cancellationToken).ConfigureAwait(false);
        if (outcome.Status != Dialogs.Channels.SendStatus.Sent)
        {
            logger.LogWarning("Replies not fully sent: {Status} {Detail}", outcome.Status, outcome.Detail);
        }
    }
}
