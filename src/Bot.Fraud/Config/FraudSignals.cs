namespace Bot.Fraud.Config;

/// <summary>Codes of the built-in signals; each needs a rule with <c>signal: true</c> in rules.yaml.</summary>
public static class FraudSignals
{
    public const string LinkReported = "link_reported";
    public const string LinkLookalike = "link_lookalike";
    public const string LinkApk = "link_apk";
    public const string LinkPunycode = "link_punycode";
    public const string LinkIp = "link_ip";
    public const string LinkSuspiciousEnding = "link_suspicious_tld";
    public const string LinkShortener = "link_shortener";
    public const string LinkNotGov = "link_not_gov";
    public const string LinkOfficial = "link_official";
    public const string PhoneReported = "phone_reported";
    public const string PhoneForeign = "phone_foreign";
    public const string PhoneHotline = "phone_hotline";

    /// <summary>Any phone number that is not an official hotline (for combinations such as "call this number to verify").</summary>
    public const string PhoneNumber = "phone_number";

    /// <summary>A keypad code that forwards calls to another number (*21*…#).</summary>
    public const string CallForwardingCode = "call_forwarding_code";

    /// <summary>Every built-in signal.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        LinkReported, LinkLookalike, LinkApk, LinkPunycode, LinkIp, LinkSuspiciousEnding, LinkShortener,
        LinkNotGov, LinkOfficial, PhoneReported, PhoneForeign, PhoneHotline, PhoneNumber, CallForwardingCode,
    ];
}
