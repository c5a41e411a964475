namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Zalo Bot platform settings (section <c>Zalo:Bot</c>). The channel is on when <see cref="Token"/> is set.</summary>
public sealed class ZaloBotOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Zalo:Bot";

    /// <summary>The bot token from Zalo Bot Manager, <c>{bot id}:{secret}</c>. It is part of every API address: never log it.</summary>
    public string Token { get; set; } = "";

    /// <summary>The webhook secret given to <c>setWebhook</c> (8–256 characters); Zalo sends it as <c>X-Bot-Api-Secret-Token</c>.</summary>
    public string SecretToken { get; set; } = "";

    /// <summary><c>webhook</c> (production) or <c>polling</c> (local use: no public address needed).</summary>
    public string Mode { get; set; } = "webhook";

    /// <summary>
    /// The public address of <c>POST /zalo/bot/webhook</c>, registered with <c>setWebhook</c> at start
    /// in webhook mode (Zalo documents https addresses). Empty: the bot does not call setWebhook.
    /// </summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>First wait before calling setWebhook again after it failed; doubles up to <see cref="PollMaxBackoff"/>.</summary>
    public TimeSpan SetWebhookRetry { get; set; } = TimeSpan.FromSeconds(2);

    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";

    /// <summary>Characters per text message.</summary>
    public int MaxTextLength { get; set; } = 2_000;

    /// <summary>Long-poll wait passed to <c>getUpdates</c>, in seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest wait between polls after repeated failures (the wait doubles from one second).</summary>
    public TimeSpan PollMaxBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest webhook body accepted.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Timeout of one call to Zalo (a poll waits <see cref="PollTimeoutSeconds"/> on top).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token) || !string.IsNullOrWhiteSpace(SecretToken);

    public bool IsPolling => string.Equals(Mode, "polling", StringComparison.OrdinalIgnoreCase);
}
