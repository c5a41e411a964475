namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Zalo Official Account settings (section <c>Zalo:OA</c>). The channel is on when any key below is set.</summary>
/// <remarks>Limits and timings Zalo does not document firmly are settings, with the values observed so far as defaults.</remarks>
public sealed class ZaloOaOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Zalo:OA";

    /// <summary>The Zalo app id (developers' console → the app → "ID ứng dụng").</summary>
    public string AppId { get; set; } = "";

    /// <summary>The app secret, sent to the OAuth endpoint as the <c>secret_key</c> header.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The OA Secret Key (webhook settings), used only to verify webhook signatures.</summary>
    public string OaSecretKey { get; set; } = "";

    /// <summary>The first access token from the OA authorization; optional (a refresh obtains one).</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The refresh token from the OA authorization. Read once: rotated tokens live in the token store.</summary>
    public string RefreshToken { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Encrypted token file, used only without Redis (with <c>Redis:ConnectionString</c> the tokens live in Redis). Put it on a persistent volume.</summary>
    public string TokenStorePath { get; set; } = "data/zalo-oa-tokens.json";

    /// <summary>Refresh this long before the access token expires (Zalo issues 25-hour tokens today).</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one instance may hold the refresh lease.</summary>
    public TimeSpan RefreshLeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait for another instance's refresh before giving up on a send.</summary>
    public TimeSpan RefreshWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Webhook events older than this are refused as replays.</summary>
    public TimeSpan WebhookMaxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Tolerated clock difference for events stamped in the future.</summary>
    public TimeSpan WebhookClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Largest webhook body accepted.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Characters per text message.</summary>
    public int MaxTextLength { get; set; } = 2_000;

    /// <summary>Buttons per message; options beyond it become a numbered list in the text.</summary>
    public int MaxButtons { get; set; } = 5;

    /// <summary>Longest button title sent (longer labels are shortened with "…").</summary>
    public int MaxButtonTitleLength { get; set; } = 100;

    /// <summary>First wait after Zalo answers -32 (rate limit) or a transient failure; doubles per attempt.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts for a reply Zalo did not accept for a retryable reason, before it is dropped.</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>Timeout of one call to Zalo.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>True when any credential is configured.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AppId) || !string.IsNullOrWhiteSpace(AppSecret) || !string.IsNullOrWhiteSpace(OaSecretKey)
        || !string.IsNullOrWhiteSpace(AccessToken) || !string.IsNullOrWhiteSpace(RefreshToken);
}
