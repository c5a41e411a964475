namespace Bot.Fraud.Analysis;

/// <summary>The result of one check: risk, score, reasons, and the links and numbers found.</summary>
/// <param name="Score">0–1, rounded to two decimals.</param>
/// <param name="Reasons">Strongest first; reassuring facts (official link, hotline) last.</param>
/// <param name="Urls">Links found, de-obfuscated ("hxxp", "[.]" undone).</param>
/// <param name="Phones">Numbers found; masked except official hotlines.</param>
public sealed record FraudVerdict(
    RiskLevel Risk,
    double Score,
    IReadOnlyList<FraudReason> Reasons,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Phones)
{
    /// <summary>Domains of the links found (for reports; domains are not personal data).</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>True when at least one link is not on an official domain.</summary>
    public bool HasUnofficialLink { get; init; }

    /// <summary>True when a reason with a positive weight fired.</summary>
    public bool HasWarnings => Reasons.Any(r => r.Weight > 0);

    /// <summary>Lower-case risk name used by the API ("high", "medium", "low").</summary>
    public string RiskName => Risk switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        _ => "low",
    };
}
