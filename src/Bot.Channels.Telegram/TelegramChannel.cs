using Telegram.Bot.Types.Enums;

namespace Bot.Channels.Telegram;

/// <summary>Names and update types shared by the Telegram channel's parts.</summary>
public static class TelegramChannel
{
    /// <summary>Channel name in conversation keys.</summary>
    public const string Name = "telegram";

    /// <summary>The webhook route.</summary>
    public const string WebhookPath = "/telegram/webhook";

    /// <summary>Header Telegram puts the webhook secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Update types asked for: messages, button presses, and block/unblock notices.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
}
