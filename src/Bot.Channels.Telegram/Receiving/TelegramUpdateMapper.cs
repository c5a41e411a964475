using System.Globalization;
using Bot.Dialogs.Turns;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>Maps a Telegram update to the channel-neutral inbound message (one switch, with an explicit "ignore" arm).</summary>
/// <remarks>
/// Tolerant of updates that lack fields Telegram always sends (a forged or truncated body that passed
/// the secret): no chat to answer means nothing to do, never an exception. The library's types say
/// such fields cannot be null, but its deserializer leaves them null when they are missing.
/// </remarks>
public static class TelegramUpdateMapper
{
    /// <summary>What the update means, or null for update types the bot does not act on (or cannot answer).</summary>
    public static TelegramInbound? Map(Update update)
    {
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        switch (update)
        {
            case { Message: { } message }:
                if ((message.Chat?.Id ?? message.From?.Id) is not { } chatId)
                {
                    return null;
                }

                var text = message.Text ?? message.Caption ?? "";
                var inbound = InboundMessage.FromText(text, updateId) with
                {
                    PlatformLocale = message.From?.LanguageCode,
                    Forwarded = message.ForwardOrigin is not null, // someone else's message: one to check
                };
                if (message.Text is null && Attachment(message) is { } found)
                {
                    // A photo is read (its download is attached by the handler); anything else gets "what I can do".
                    return new TelegramInbound(chatId, inbound with { Attachment = found.Attachment }) { ImageFileId = found.ImageFileId };
                }

                return new TelegramInbound(chatId, inbound);

            case { CallbackQuery: { } query }:
                if ((query.Message?.Chat?.Id ?? query.From?.Id) is not { } pressedIn)
                {
                    return null;
                }

                var pressed = query.Data is { Length: > 0 } data
                    ? InboundMessage.FromPayload(data, updateId) with { PlatformLocale = query.From?.LanguageCode }
                    : null;
                return new TelegramInbound(pressedIn, pressed, query.Id);

            case { MyChatMember: { Chat.Type: ChatType.Private } member }:
                return member.NewChatMember?.Status switch
                {
                    ChatMemberStatus.Kicked => new TelegramInbound(member.Chat.Id, null, Blocked: true),
                    ChatMemberStatus.Member => new TelegramInbound(member.Chat.Id, null, Blocked: false),
                    _ => null,
                };

            default:
                return null;
        }
    }

    /// <summary>What a message without text carries, or null for one that carries nothing to answer (a service message).</summary>
    private static (InboundAttachment Attachment, string? ImageFileId)? Attachment(Message message) => message switch
    {
        { Photo: { Length: > 0 } sizes } => LargestReadable(sizes) is { } photo
            ? (new InboundAttachment(AttachmentKind.Image), photo.FileId)
            : (new InboundAttachment(AttachmentKind.Image), null), // too large to fetch: answered "unreadable"
        { Document: { } document } when IsImage(document.MimeType) => (new InboundAttachment(AttachmentKind.Image),
            document.FileSize is null or <= InboundAttachment.MaxImageBytes ? document.FileId : null),
        { Document: not null } => (new InboundAttachment(AttachmentKind.File), null),
        { Sticker: { } sticker } => (new InboundAttachment(AttachmentKind.Sticker) { Emoji = sticker.Emoji }, null),
        { Voice: not null } or { VideoNote: not null } => (new InboundAttachment(AttachmentKind.Voice), null),
        { Audio: not null } => (new InboundAttachment(AttachmentKind.File), null),
        { Video: not null } or { Animation: not null } => (new InboundAttachment(AttachmentKind.Video), null),
        { Location: not null } or { Venue: not null } => (new InboundAttachment(AttachmentKind.Location), null),
        { Contact: not null } or { Poll: not null } or { Dice: not null } => (new InboundAttachment(AttachmentKind.Other), null),
        _ => null,
    };

    /// <summary>The largest size Telegram made of the photo that is within the bot's limit (sizes come smallest first).</summary>
    private static PhotoSize? LargestReadable(PhotoSize[] sizes) =>
        sizes.Where(s => s?.FileId is { Length: > 0 } && (s.FileSize is null || s.FileSize <= InboundAttachment.MaxImageBytes))
            .OrderByDescending(s => (long)s.Width * s.Height)
            .FirstOrDefault();

    private static bool IsImage(string? mimeType) => mimeType is "image/jpeg" or "image/png" or "image/webp";
}
