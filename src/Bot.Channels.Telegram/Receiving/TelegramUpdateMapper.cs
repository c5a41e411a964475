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

                // Photos, stickers and voice notes carry no text: the engine re-prompts with the options.
                var text = message.Text ?? message.Caption ?? "";
                var inbound = InboundMessage.FromText(text, updateId) with
                {
                    PlatformLocale = message.From?.LanguageCode,
                    Forwarded = message.ForwardOrigin is not null, // someone else's message: one to check
                };
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
}
