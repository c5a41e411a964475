using System.Text.RegularExpressions;

namespace Bot.Operations.Analytics;

/// <summary>
/// The default masker: any run of four or more digits (spaces, dots and dashes allowed between them),
/// e-mail addresses, and long opaque tokens. Deliberately greedy: a year or a house number is masked
/// too, because telling them apart from a code is guesswork and a leaked ID number cannot be taken back.
/// </summary>
public sealed partial class DigitPatternMasker : ITextMasker
{
    public const string IdNumber = "[số định danh]";
    public const string OldIdNumber = "[số CMND]";
    public const string Phone = "[số điện thoại]";
    public const string Code = "[mã số]";
    public const string Digits = "[dãy số]";
    public const string Token = "[token]";
    public const string Email = "[email]";

    // A bot token ("123456:AA…"), or any 32+ character run of letters and digits that has both (keys, hashes, secrets).
    [GeneratedRegex(@"\d{5,}:[A-Za-z0-9_-]{20,}|(?=[A-Za-z0-9_-]{0,200}\d)(?=[A-Za-z0-9_-]{0,200}[A-Za-z])[A-Za-z0-9_-]{32,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+?\d(?:[ .\-]?\d)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex DigitRunPattern();

    public string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        try
        {
            var masked = TokenPattern().Replace(text, Token);
            masked = EmailPattern().Replace(masked, Email);
            return DigitRunPattern().Replace(masked, static m => Classify(m.Value));
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: give up on precision, never on privacy.
            return "[đã ẩn]";
        }
    }

    private static string Classify(string run)
    {
        var digits = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        var international = run.StartsWith('+') || run.StartsWith("84", StringComparison.Ordinal);
        return digits switch
        {
            < 4 => run,
            10 when run[0] == '0' => Phone,
            11 when international => Phone,
            12 => IdNumber,
            9 => OldIdNumber,
            <= 8 => Code,
            _ => Digits,
        };
    }
}
