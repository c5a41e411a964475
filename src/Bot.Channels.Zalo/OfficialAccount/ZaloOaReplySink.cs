using Bot.Dialogs.Channels;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Delivers one turn's answer to an OA follower as customer-service messages (buttons where Zalo has them).</summary>
/// <remarks>Never replays: a redelivered event gets nothing, the resident has the messages already.</remarks>
internal sealed class ZaloOaReplySink(ZaloOaMessageRenderer renderer, ZaloOaDelivery delivery, string userId, ILogger logger) : IReplySink
{
    public bool ReplaysAnswers => false;

    public async Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
    {
        if (result.Replies.Count == 0)
        {
            return;
        }

        var outcome = await delivery.DeliverAsync(userId, renderer.Render(result.Replies), cancellationToken).ConfigureAwait(false);
        if (outcome.Status is not (SendStatus.Sent or SendStatus.RateLimited or SendStatus.TransientFailure))
        {
            logger.LogWarning("Zalo OA reply not delivered: {Status} {Detail}", outcome.Status, outcome.Detail);
        }
    }
}
