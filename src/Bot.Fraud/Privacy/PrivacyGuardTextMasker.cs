using Bot.Dialogs.Privacy;

namespace Bot.Fraud.Privacy;

/// <summary>
/// The privacy guard as the core's <see cref="ITextMasker"/>: the dashboard and the logs mask personal data
/// the way the chat does, so a resident's number looks the same everywhere it is shown masked ("091*****78").
/// </summary>
public sealed class PrivacyGuardTextMasker : ITextMasker
{
    public string Mask(string text) => PersonalDataMasker.Mask(text);
}
