using System.Text.RegularExpressions;

namespace Bot.Operations.Analytics;

/// <summary>
/// The default masker: runs of nine or more digits anywhere (ID numbers, phone numbers; spaces, dots and
/// dashes allowed between digits), standalone runs of four to eight digits (codes, OTPs), e-mail
/// addresses, and long opaque tokens. Deliberately greedy: a standalone year is masked too, because
/// telling it apart from a code is guesswork and a leaked code cannot be taken back. Short runs glued
/// to letters ("v1234abc", hashes, "15ms") are left, so operators' logs stay readable.
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
            return DigitRunPattern().Replace(masked, m => Classify(masked, m));
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: give up on precision, never on privacy.
            return "[đã ẩn]";
        }
    }

    private static string Classify(string text, Match match)
    {
        var run = match.Value;
        var digits = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        var international = run.StartsWith('+') || run.StartsWith("84", StringComparison.Ordinal);
        var end = match.Index + match.Length;
        var glued = (match.Index > 0 && char.IsAsciiLetter(text[match.Index - 1])) || (end < text.Length && char.IsAsciiLetter(text[end]));
        return digits switch
        {
            < 4 => run,
            < 9 when glued => run,
            10 when run[0] == '0' => Phone,
            11 when international => Phone,
            12 => IdNumber,
            9 => OldIdNumber,
            <= 8 => Code,
            _ => Digits,
        };
    }
}
