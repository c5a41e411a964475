namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>How alerts reach OA followers (section <c>Zalo:OA</c>, beside the channel's keys).</summary>
/// <remarks>
/// Zalo's rules differ by OA package and are documented only in part (platform-protocols B5–B6), so every
/// rule the bot relies on is a setting with the value known today as its default: the message types the
/// OA may use, the 7-day customer-service window, the one-year transaction window, the promotion night ban,
/// and the template limits.
/// </remarks>
public sealed class ZaloOaAlertOptions
{
    /// <summary>
    /// Message types alerts may use, in order of preference: "cs" inside the customer-service window, then the
    /// follower types ("promotion", "transaction") for everyone else. E.g. "cs,promotion" (default),
    /// "cs,transaction,promotion", or "cs" for an OA whose package has no follower messages.
    /// </summary>
    public string AlertMessageTypes { get; set; } = "cs,promotion";

    /// <summary>How long after a resident's last interaction customer-service messages are allowed (Zalo: 7 days).</summary>
    public TimeSpan CustomerServiceWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Safety margin: a resident this close to the end of the window gets a follower type instead.</summary>
    public TimeSpan CustomerServiceMargin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long after the last interaction transaction messages are allowed (Zalo: one year).</summary>
    public TimeSpan TransactionWindow { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Start of the night when Zalo refuses promotion messages (-234), local time.</summary>
    public TimeSpan PromotionNightStart { get; set; } = TimeSpan.FromHours(22);

    /// <summary>End of the promotion night ban, local time.</summary>
    public TimeSpan PromotionNightEnd { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Time zone of the night ban and of "one promotion per day".</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>After Zalo answers -211 (out of quota), promotion sends pause this long, then the quota is read again.</summary>
    public TimeSpan QuotaPause { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the remaining quota is read again while alerts go out.</summary>
    public TimeSpan QuotaReadInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest header of a promotion or transaction template (third-party documentation: 100).</summary>
    public int TemplateHeaderMaxLength { get; set; } = 100;

    /// <summary>Longest text element of a template (third-party documentation: 1000); longer text becomes several elements.</summary>
    public int TemplateTextMaxLength { get; set; } = 1_000;

    /// <summary>The <c>template_type</c> of transaction messages (one of Zalo's transaction_* types the OA is approved for).</summary>
    public string TransactionTemplateType { get; set; } = "transaction_event";

    /// <summary>The page where a resident follows the OA with one tap (e.g. https://zalo.me/&lt;OA id&gt;); empty: the invitation explains it in words.</summary>
    public string FollowUrl { get; set; } = "";

    /// <summary>The message types in force, lower case, in order.</summary>
    public IReadOnlyList<string> Types => AlertMessageTypes
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(t => t.ToLowerInvariant()).Distinct().ToList();

    /// <summary>Problems with these settings, each saying what to set.</summary>
    public IEnumerable<string> Validate()
    {
        if (Types.Count == 0 || Types.Any(t => !ZaloOaMessageTypes.All.Contains(t)))
        {
            yield return $"Zalo:OA:AlertMessageTypes is '{AlertMessageTypes}'; list some of cs, promotion, transaction, e.g. \"cs,promotion\".";
        }

        if (CustomerServiceWindow <= TimeSpan.Zero || TransactionWindow <= TimeSpan.Zero || QuotaPause <= TimeSpan.Zero || QuotaReadInterval <= TimeSpan.Zero)
        {
            yield return "Zalo:OA:CustomerServiceWindow, TransactionWindow, QuotaPause and QuotaReadInterval must be positive (e.g. \"7.00:00:00\").";
        }

        if (PromotionNightStart < TimeSpan.Zero || PromotionNightStart >= TimeSpan.FromDays(1) || PromotionNightEnd < TimeSpan.Zero || PromotionNightEnd >= TimeSpan.FromDays(1))
        {
            yield return "Zalo:OA:PromotionNightStart and PromotionNightEnd are times of day, e.g. \"22:00:00\" and \"06:00:00\".";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"Zalo:OA:TimeZone '{TimeZone}' is unknown; use an IANA name such as Asia/Ho_Chi_Minh.";
        }

        if (TemplateHeaderMaxLength < 20 || TemplateTextMaxLength < 100)
        {
            yield return "Zalo:OA:TemplateHeaderMaxLength must be at least 20 and TemplateTextMaxLength at least 100.";
        }

        if (FollowUrl.Length > 0 && !Uri.TryCreate(FollowUrl, UriKind.Absolute, out _))
        {
            yield return $"Zalo:OA:FollowUrl '{FollowUrl}' is not an absolute address such as https://zalo.me/1234567890.";
        }
    }
}
