using Bot.Dialogs.Content;

namespace Bot.Fraud.Config;

/// <summary>The lists from <c>content/fraud/lists.yaml</c>, normalised (lower case, digits only for numbers).</summary>
public sealed record FraudLists
{
    /// <summary>Official domains; subdomains count too ("gov.vn").</summary>
    public IReadOnlyList<string> OfficialDomains { get; init; } = [];

    /// <summary>Names copied by look-alike domains → the real site to use instead.</summary>
    public IReadOnlyDictionary<string, string> OfficialNames { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Shorteners { get; init; } = [];

    /// <summary>Domain endings often used by scam sites ("top").</summary>
    public IReadOnlyList<string> SuspiciousEndings { get; init; } = [];

    /// <summary>Endings recognised as a link even without "http://".</summary>
    public IReadOnlyList<string> WebEndings { get; init; } = [];

    /// <summary>Official hotlines by digits ("19000368") → name.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Hotlines { get; init; } = new Dictionary<string, LocalizedText>();

    public string HomeCountryCode { get; init; } = "84";

    public IReadOnlyList<string> ReportedDomains { get; init; } = [];

    /// <summary>Reported numbers, digits only in the domestic 0… form.</summary>
    public IReadOnlyList<string> ReportedPhones { get; init; } = [];
}
