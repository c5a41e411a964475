using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Channels.Telegram.Sending;

/// <summary>One Telegram message ready to send: HTML text (already escaped) and an optional inline keyboard.</summary>
public sealed record TelegramOutgoing(string Html, InlineKeyboardMarkup? Keyboard);
