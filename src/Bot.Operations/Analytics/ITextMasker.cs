namespace Bot.Operations.Analytics;

/// <summary>Replaces personal data in free text (ID numbers, phone numbers, codes, tokens) with placeholders.</summary>
/// <remarks>The analytics and the log redaction both use it; the host bridges the scam check's privacy guard to it.</remarks>
public interface ITextMasker
{
    /// <summary>The text with every personal value replaced; text without any comes back unchanged.</summary>
    string Mask(string text);
}
