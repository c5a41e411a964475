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

    /// <summary>Every key the bot uses.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        RiskHigh, RiskMedium, RiskLow, ReasonsTitle, NoReasons, AdviceHigh, AdviceMedium, AdviceLow, Disclaimer,
        ReportButton, ReportThanks, ReportExpired, AskText, PrivacyWarning, PrivacyCitizenId, PrivacyOldId,
        PrivacyBankAccount, PrivacyOtp, PrivacyPassword, And,
    ];
}
