namespace Bot.Dialogs.Privacy;

/// <summary>Replaces personal data in free text (ID numbers, phone numbers, codes, tokens) with placeholders.</summary>
/// <remarks>
/// Implemented once, by the scam check's privacy guard, so a resident's number looks the same wherever
/// it is shown masked ("091*****78"); analytics and the log redaction use it.
/// </remarks>
public interface ITextMasker
{
    /// <summary>The text with every personal value replaced; text without any comes back unchanged.</summary>
    string Mask(string text);
}
