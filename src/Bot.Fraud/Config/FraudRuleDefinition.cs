using Bot.Dialogs.Content;

namespace Bot.Fraud.Config;

/// <summary>One rule from <c>content/fraud/rules.yaml</c>: what makes it fire, its weight and the reason residents read.</summary>
/// <param name="Code">Stable machine code, returned by the API ("otp_request").</param>
/// <param name="Weight">0–1; rules combine like independent chances.</param>
/// <param name="Text">The reason; may contain {domain}, {official}, {phone} or {name}.</param>
/// <param name="Phrases">Phrase patterns (see the file's header), as written by editors.</param>
/// <param name="Requires">Codes that must all have fired for a combination rule.</param>
/// <param name="IsSignal">True for the built-in link and phone signals.</param>
/// <param name="Hidden">Counts for combinations only; never shown as a reason.</param>
public sealed record FraudRuleDefinition(
    string Code,
    double Weight,
    LocalizedText Text,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Requires,
    bool IsSignal,
    bool Hidden)
{
    /// <summary>Phrases that look like this rule's but mean something else; a match over the same words does not count.</summary>
    public IReadOnlyList<string> Except { get; init; } = [];

    /// <summary>For combinations: codes of which none may have fired ("a|b" as in <see cref="Requires"/> is not needed here: any listed one blocks).</summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    /// <summary>When set, a verdict with this rule fired is at most this risk (a warning that asks for nothing stays medium).</summary>
    public Analysis.RiskLevel? Cap { get; init; }

    /// <summary>True when the phrases count even in a sentence that describes what scammers do (the rule that recognises warnings).</summary>
    public bool CountsWhenReported { get; init; }
}
