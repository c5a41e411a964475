using Bot.Dialogs.Turns;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>An update reduced to what the channel acts on.</summary>
/// <param name="ChatId">The chat the update belongs to (its updates are handled in order).</param>
/// <param name="Message">What the resident sent, for the dialog engine; null for updates that only need an action.</param>
/// <param name="CallbackQueryId">Set for a button press: it must be answered so the button stops spinning.</param>
/// <param name="Blocked">True when the resident blocked the bot, false when they unblocked it, null otherwise.</param>
public sealed record TelegramInbound(long ChatId, InboundMessage? Message, string? CallbackQueryId = null, bool? Blocked = null)
{
    /// <summary>For a photo or an image file: the file to fetch with getFile (the handler attaches the download).</summary>
    public string? ImageFileId { get; init; }
}
