namespace Bot.Channels.Telegram;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram for updates (<c>getUpdates</c>): works on a laptop without a public URL.</summary>
    Polling,

    /// <summary>Telegram posts updates to <c>POST /telegram/webhook</c> at a public HTTPS URL.</summary>
    Webhook,
}
