using System.Text.RegularExpressions;

namespace Bot.Operations.Logging;

/// <summary>
/// What the privacy guard does not look for because residents do not type it, but libraries and
/// operators' own messages can print: bot tokens, API keys and other long opaque secrets, e-mail addresses.
/// </summary>
internal static partial class SecretPatterns
{
    public const string Token = "[token]";
    public const string Email = "[email]";

    // A bot token ("123456:AA…"), or any 32+ character run of letters and digits that has both (keys, hashes, secrets).
    [GeneratedRegex(@"\d{5,}:[A-Za-z0-9_-]{20,}|(?=[A-Za-z0-9_-]{0,200}\d)(?=[A-Za-z0-9_-]{0,200}[A-Za-z])[A-Za-z0-9_-]{32,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPattern();

    /// <summary>The text with tokens and e-mail addresses replaced; on pathological input, nothing of it.</summary>
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        try
        {
            return EmailPattern().Replace(TokenPattern().Replace(text, Token), Email);
        }
        catch (RegexMatchTimeoutException)
        {
            // Give up on precision, never on privacy.
            return LogRedactor.Redacted;
        }
    }
}
