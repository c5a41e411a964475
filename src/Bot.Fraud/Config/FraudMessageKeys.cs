namespace Bot.Fraud.Config;

/// <summary>Keys of <c>content/fraud/messages.yaml</c>; all are required.</summary>
public static class FraudMessageKeys
{
    public const string RiskHigh = "risk_high";
    public const string RiskMedium = "risk_medium";
    public const string RiskLow = "risk_low";
    public const string ReasonsTitle = "reasons_title";
    public const string NoReasons = "no_reasons";
    public const string AdviceHigh = "advice_high";
    public const string AdviceMedium = "advice_medium";
    public const string AdviceLow = "advice_low";
    public const string Disclaimer = "disclaimer";
    public const string ReportButton = "report_button";
    public const string ReportThanks = "report_thanks";
    public const string ReportExpired = "report_expired";
    public const string AskText = "ask_text";
    public const string PrivacyWarning = "privacy_warning";
    public const string PrivacyCitizenId = "privacy_citizen_id";
    public const string PrivacyOldId = "privacy_old_id";
    public const string PrivacyBankAccount = "privacy_bank_account";
    public const string PrivacyOtp = "privacy_otp";
    public const string PrivacyPassword = "privacy_password";
    public const string And = "and";
    public const string OfficerOnly = "officer_only";
    public const string ListUsagePhone = "list_usage_phone";
    public const string ListUsageDomain = "list_usage_domain";
    public const string ListAddedPhone = "list_added_phone";
    public const string ListAddedDomain = "list_added_domain";
    public const string ListAlready = "list_already";
    public const string ListOfficial = "list_official";
    public const string DigestTitle = "digest_title";
    public const string DigestPeriodDay = "digest_period_day";
    public const string DigestPeriodToday = "digest_period_today";
    public const string DigestNone = "digest_none";
    public const string DigestCount = "digest_count";
    public const string DigestReasons = "digest_reasons";
    public const string DigestDomains = "digest_domains";
    public const string DigestSamples = "digest_samples";
    public const string PhotoRead = "photo_read";
    public const string PhotoPrivacy = "photo_privacy";
    public const string PhotoUnreadable = "photo_unreadable";
    public const string PhotoBusy = "photo_busy";
    public const string PhotoUnavailable = "photo_unavailable";
    public const string AttachmentUnsupported = "attachment_unsupported";
    public const string AttachmentThanks = "attachment_thanks";
    public const string AttachmentSticker = "attachment_sticker";
    public const string AttachmentVoice = "attachment_voice";
    public const string AttachmentVideo = "attachment_video";
    public const string AttachmentFile = "attachment_file";
    public const string AttachmentLocation = "attachment_location";
    public const string AttachmentOther = "attachment_other";

    /// <summary>Every key the bot uses.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        RiskHigh, RiskMedium, RiskLow, ReasonsTitle, NoReasons, AdviceHigh, AdviceMedium, AdviceLow, Disclaimer,
        ReportButton, ReportThanks, ReportExpired, AskText, PrivacyWarning, PrivacyCitizenId, PrivacyOldId,
        PrivacyBankAccount, PrivacyOtp, PrivacyPassword, And,
        OfficerOnly, ListUsagePhone, ListUsageDomain, ListAddedPhone, ListAddedDomain, ListAlready, ListOfficial,
        DigestTitle, DigestPeriodDay, DigestPeriodToday, DigestNone, DigestCount, DigestReasons, DigestDomains, DigestSamples,
        PhotoRead, PhotoPrivacy, PhotoUnreadable, PhotoBusy, PhotoUnavailable,
        AttachmentUnsupported, AttachmentThanks, AttachmentSticker, AttachmentVoice, AttachmentVideo, AttachmentFile, AttachmentLocation, AttachmentOther,
    ];
}
