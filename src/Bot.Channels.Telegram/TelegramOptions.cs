namespace Bot.Channels.Telegram;

/// <summary>Telegram channel settings (section <c>Telegram</c>); the channel is on only when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The token @BotFather gave (<c>123456789:AA…</c>). Secret: never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary><c>polling</c> (default, for laptops) or <c>webhook</c> (for a public HTTPS deployment).</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public HTTPS URL Telegram posts to, ending in <c>/telegram/webhook</c> (webhook mode).</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Shared secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (webhook mode).</summary>
    public string SecretToken { get; set; } = "";

    /// <summary>Bot API server; empty means Telegram's own. Tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = "";

    /// <summary>The bot's username without "@", for deep links and QR codes; asked from Telegram (getMe) when empty.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>
    /// Webhook mode: a pressed button's spinner is stopped by the webhook's own HTTP answer
    /// (<c>answerCallbackQuery</c> in the response body; Telegram runs one method given there) instead
    /// of a second call. The turn is committed and its replies sent before that answer. False: a call.
    /// </summary>
    public bool AnswerButtonsInWebhookResponse { get; set; } = true;

    /// <summary>Messages per second over all chats (Telegram allows about 30).</summary>
    public int GlobalRateLimit { get; set; } = 25;

    /// <summary>
    /// For load benchmarks only: lets <see cref="GlobalRateLimit"/> go above 1,000 messages per second (up to
    /// <see cref="TelegramOptionsValidator.LiftedGlobalRateLimit"/>), so a closed loop measures the bot rather than
    /// its send limit. Refused at start unless <see cref="ApiBaseUrl"/> is a loopback address (a benchmark's fake
    /// Bot API): Telegram itself must never be sent to faster than it allows.
    /// </summary>
    public bool LiftSendLimitsForLoopbackBenchmark { get; set; }

    /// <summary>Messages per second to one chat (Telegram: avoid more than one).</summary>
    public double PerChatRate { get; set; } = 1.0;

    /// <summary>Messages one chat may receive at once before pacing starts (one turn's replies).</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Longest <c>retry_after</c> the sender waits out; longer ones are reported as rate limited.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>Attempts for a request whose failure is known to be harmless to repeat.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry delay in milliseconds; doubles each time.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>How long one Bot API call may take before its outcome counts as unknown.</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>Long-poll hold in seconds (Telegram caps it at 50).</summary>
    public int PollingTimeoutSeconds { get; set; } = 50;

    /// <summary>Longest pause between failing polls, in seconds.</summary>
    public int PollingMaxBackoffSeconds { get; set; } = 30;
}
