using System.Text;
using Bot.Channels.Zalo.OfficialAccount.Alerts;
using Bot.Channels.Zalo.Images;
using Bot.Dialogs.Channels;
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
    IZaloContactBook contacts,
    TimeProvider time,
    ZaloImageDownloader images,
    ILogger<ZaloOaEventHandler> logger)
{
    private const int MaxIdLength = 64;

    /// <summary>Handles <paramref name="e"/> (unknown, echo and receipt events are ignored); false when nothing was processed and Zalo must deliver it again.</summary>
    public async Task<bool> HandleAsync(ZaloOaEvent e, CancellationToken cancellationToken)
    {
        if (e.UserId is not { Length: > 0 and <= MaxIdLength } userId)
        {
            logger.LogDebug("Zalo OA event {Event} without a usable user id ignored", e.Name);
            return true;
        }

        var key = new ConversationKey(ZaloChannels.OfficialAccount, userId);
        await RememberAsync(e.Name, userId, cancellationToken).ConfigureAwait(false);
        switch (e.Name)
        {
            // A button press comes back as text carrying the payload; one source reports a separate click event.
            case "user_send_text" or "user_click_button":
                if (string.IsNullOrWhiteSpace(e.Text))
                {
                    return true;
                }

                var inbound = IsOurPayload(e.Text)
                    ? InboundMessage.FromPayload(e.Text.Trim(), e.MessageId)
                    : InboundMessage.FromText(e.Text, e.MessageId) with { Forwarded = e.Quoted };
                return await RunTurnAsync(key, inbound, cancellationToken).ConfigureAwait(false);

            case "follow":
                // Follow events carry no msg_id; the timestamp makes a redelivery recognisable.
                var greeting = InboundMessage.FromPayload(Payloads.Command(Commands.Menu), "follow:" + e.Timestamp);
                return await RunTurnAsync(key, greeting, cancellationToken).ConfigureAwait(false);

            case "unfollow":
                await unreachable.MarkAsync(key, "unfollowed", cancellationToken).ConfigureAwait(false);
                return true;

            case "user_send_link" when e.AttachmentUrl is { Length: > 0 and <= 2_000 } link:
                // A shared link is someone else's address: the scam check's to judge, like a forwarded message.
                var shared = InboundMessage.FromText(string.IsNullOrWhiteSpace(e.Text) ? link : e.Text + "\n" + link, e.MessageId) with { Forwarded = true };
                return await RunTurnAsync(key, shared, cancellationToken).ConfigureAwait(false);

            case { } name when name.StartsWith("user_send_", StringComparison.Ordinal):
                // Photos are read; stickers, voice, files, locations… get what the bot can do: never silence.
                var attachment = KindOf(name, e.AttachmentType) is var kind && kind == AttachmentKind.Image
                    ? InboundAttachment.Image(images.For(e.AttachmentUrl))
                    : new InboundAttachment(kind);
                return await RunTurnAsync(key, InboundMessage.FromAttachment(attachment, e.Text, e.MessageId), cancellationToken).ConfigureAwait(false);

            default:
                // Echoes of our own messages (oa_send_*), delivery and read receipts, and anything new.
                return true;
        }
    }

    /// <summary>Keeps what alerts need to pick a message type: when the resident last interacted (Zalo's 7-day window) and whether they follow.</summary>
    private async ValueTask RememberAsync(string? name, string userId, CancellationToken cancellationToken)
    {
        if (name is "follow" or "user_click_button" || name?.StartsWith("user_send_", StringComparison.Ordinal) == true)
        {
            await contacts.InteractedAsync(userId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        if (name is "follow" or "unfollow")
        {
            await contacts.FollowsAsync(userId, name == "follow", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> RunTurnAsync(ConversationKey key, InboundMessage inbound, CancellationToken cancellationToken)
    {
        // Writing (or following) reopens Zalo's window: the mark goes (with Redis, in the turn's own commit).
        await unreachable.ResidentWritesAsync(key, cancellationToken).ConfigureAwait(false);
        var run = await turns.RunTurnAsync(key, inbound, new ZaloOaReplySink(renderer, delivery, key.ChatId, logger), cancellationToken)
            .ConfigureAwait(false);
        return run.Processed;
    }

    /// <summary>The kind of a <c>user_send_*</c> event, by its name (the attachment's type when the name says little).</summary>
    internal static AttachmentKind KindOf(string eventName, string? attachmentType) =>
        (eventName["user_send_".Length..], attachmentType) switch
        {
            ("image", _) or (_, "image") => AttachmentKind.Image,
            ("sticker", _) or (_, "sticker") => AttachmentKind.Sticker,
            ("audio", _) or (_, "audio") or ("voice", _) => AttachmentKind.Voice,
            ("video", _) or ("gif", _) or (_, "video") or (_, "gif") => AttachmentKind.Video,
            ("file", _) or (_, "file") => AttachmentKind.File,
            ("location", _) or (_, "location") => AttachmentKind.Location,
            _ => AttachmentKind.Other,
        };

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
