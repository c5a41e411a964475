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

    // A bot token ("123456:AA…"), or any 32+ character run of letters and digits that has both (keys, secrets).
    [GeneratedRegex(@"(?<bot>\d{5,}:[A-Za-z0-9_-]{20,})|(?=[A-Za-z0-9_-]{0,200}\d)(?=[A-Za-z0-9_-]{0,200}[A-Za-z])[A-Za-z0-9_-]{32,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex TokenPattern();

    // A part of a long run that an identifier is made of: a word, a number, or hex in one case up to 47
    // characters (GUIDs, commit and folder hashes, consumer names like "host-4121-9f3c…"). Random secrets
    // mix cases and digits in one part; 64-hex runs are what `openssl rand -hex 32` makes (our documented
    // way to make keys), so they stay masked.
    [GeneratedRegex(@"^(?:[a-z]+|[A-Z]+|[A-Z]?[a-z]+|\d+|[0-9a-f]{1,47}|[0-9A-F]{1,47})$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex IdentifierPart();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPattern();

    /// <summary>
    /// True when every part of a long run (split at '-' and '_') is a word, a number or one-case hex:
    /// a folder name, a hash or an id, which operators need to read. Shorter hex secrets are still caught by name
    /// (<see cref="LogRedactor.IsSensitiveName"/>) wherever they are logged as a value.
    /// </summary>
    public static bool IsIdentifier(string run) =>
        run.Split('-', '_').All(part => part.Length == 0 || IdentifierPart().IsMatch(part));

    /// <summary>The text with tokens and e-mail addresses replaced; on pathological input, nothing of it.</summary>
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        try
        {
            var withoutTokens = TokenPattern().Replace(text, m => m.Groups["bot"].Success || !IsIdentifier(m.Value) ? Token : m.Value);
            return EmailPattern().Replace(withoutTokens, Email);
        }
        catch (RegexMatchTimeoutException)
        {
            // Give up on precision, never on privacy.
            return LogRedactor.Redacted;
        }
    }
}
