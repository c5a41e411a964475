using Bot.Dialogs.Channels;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Delivers one turn's answer to a Zalo Bot chat: texts with numbered options, split to Zalo's length limit.</summary>
/// <remarks>Never replays: a redelivered update gets nothing, the resident has the messages already.</remarks>
internal sealed class ZaloBotReplySink(ZaloBotRenderer renderer, ZaloBotSender sender, string chatId, ILogger logger) : IReplySink
{
    public bool ReplaysAnswers => false;

    public async Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
    {
        if (result.Replies.Count == 0)
        {
            return;
        }

        var (outcome, _) = await sender.SendAsync(chatId, renderer.Render(result.Replies), cancellationToken).ConfigureAwait(false);
        if (outcome.Status != SendStatus.Sent)
        {
            logger.LogWarning("Zalo Bot reply not delivered: {Status} {Detail}", outcome.Status, outcome.Detail);
        }
    }
}
