namespace Bot.Channels.Telegram.Receiving;

/// <summary>What became of one update, for the webhook's answer.</summary>
/// <param name="Processed">False when nothing was processed and Telegram must deliver the update again.</param>
/// <param name="CallbackToAnswer">
/// A button press whose spinner the webhook's HTTP answer should stop (<c>answerCallbackQuery</c> in the
/// response body, which Telegram runs): set only when the caller asked for it and the turn was answered now.
/// </param>
public readonly record struct TelegramHandled(bool Processed, string? CallbackToAnswer = null);
