using Bot.Fraud.Privacy;
using Bot.Operations.Analytics;

namespace Bot.Host.Composition.Bridges;

/// <summary>Analytics and log redaction use the scam check's masker: one definition of "personal data".</summary>
public sealed class PrivacyTextMasker : ITextMasker
{
    public string Mask(string text) => PersonalDataMasker.Mask(text);
}
