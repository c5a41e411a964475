using Bot.Fraud.Privacy;
using Bot.Operations.Analytics;

namespace Bot.Host.Composition.Bridges;

/// <summary>
/// The dashboard and the logs mask personal data with the scam check's privacy guard, so a resident's
/// number looks the same everywhere it is shown masked ("091*****78", "************").
/// </summary>
public sealed class PrivacyGuardTextMasker : ITextMasker
{
    public string Mask(string text) => PersonalDataMasker.Mask(text);
}
