using System.Text;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Acts on one verified OA event: a message or button press runs a turn, follow greets, unfollow marks unreachable.</summary>
public sealed class ZaloOaEventHandler(
    TurnProcessor turns,
    ZaloOaMessageRenderer renderer,
    ZaloOaDelivery delivery,
    IUnreachableRecipients unreachable,
    ILogger<ZaloOaEventHandler> logger)
{
    private const int MaxIdLength = 64;

    /// <summary>Handles <paramref name="e"/>; unknown, echo and receipt events are ignored.</summary>
    /// <exception cref="StoreUnavailableException">The conversation store is down; Zalo should deliver the event again.</exception>
    public async Task HandleAsync(ZaloOaEvent e, CancellationToken cancellationToken)
    {
        if (e.UserId is not { Length: > 0 and <= MaxIdLength } userId)
        {
            logger.LogDebug("Zalo OA event {Event} without a usable user id ignored", e.Name);
            return;
        }

        var key = new ConversationKey(ZaloChannels.OfficialAccount, userId);
        switch (e.Name)
        {
            // A button press comes back as text carrying the payload; one source reports a separate click event.
            case "user_send_text" or "user_click_button":
                if (string.IsNullOrWhiteSpace(e.Text))
                {
                    return;
                }

                await unreachable.ClearAsync(key, cancellationToken).ConfigureAwait(false);
                var inbound = IsOurPayload(e.Text)
                    ? InboundMessage.FromPayload(e.Text.Trim(), e.MessageId)
                    : InboundMessage.FromText(e.Text, e.MessageId) with { Forwarded = e.Quoted };
                await RunTurnAsync(key, inbound, cancellationToken).ConfigureAwait(false);
                return;

            case "follow":
                await unreachable.ClearAsync(key, cancellationToken).ConfigureAwait(false);
                // Follow events carry no msg_id; the timestamp makes a redelivery recognisable.
                var greeting = InboundMessage.FromPayload(Payloads.Command(Commands.Menu), "follow:" + e.Timestamp);
                await RunTurnAsync(key, greeting, cancellationToken).ConfigureAwait(false);
                return;

            case "unfollow":
                await unreachable.MarkAsync(key, "unfollowed", cancellationToken).ConfigureAwait(false);
                return;

            case { } name when name.StartsWith("user_send_", StringComparison.Ordinal):
                // Stickers, photos, locations…: the resident interacted (the 7-day window reopened), nothing to answer.
                await unreachable.ClearAsync(key, cancellationToken).ConfigureAwait(false);
                return;

            default:
                // Echoes of our own messages (oa_send_*), delivery and read receipts, and anything new.
                return;
        }
    }

    private async Task RunTurnAsync(ConversationKey key, InboundMessage inbound, CancellationToken cancellationToken)
    {
        var result = await turns.ProcessAsync(key, inbound, cancellationToken).ConfigureAwait(false);
        if (result.Replies.Count == 0)
        {
            return;
        }

        var outcome = await delivery.DeliverAsync(key.ChatId, renderer.Render(result.Replies), cancellationToken).ConfigureAwait(false);
        if (outcome.Status is not (Dialogs.Channels.SendStatus.Sent or Dialogs.Channels.SendStatus.RateLimited or Dialogs.Channels.SendStatus.TransientFailure))
        {
            logger.LogWarning("Zalo OA reply not delivered: {Status} {Detail}", outcome.Status, outcome.Detail);
        }
    }

    /// <summary>True when the text is one of our button payloads (b:…, c:…, f:…, or a plug-in's such as s:start), not something typed.</summary>
    internal static bool IsOurPayload(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 2 and <= 200
               && Encoding.UTF8.GetByteCount(trimmed) <= Payloads.MaxBytes
               && (trimmed.StartsWith("b:", StringComparison.Ordinal) || trimmed.StartsWith("c:", StringComparison.Ordinal)
                   || trimmed.StartsWith("f:", StringComparison.Ordinal) || Payloads.IsPlugIn(trimmed))
               && !trimmed.Any(char.IsWhiteSpace);
    }
}
