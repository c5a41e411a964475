using System.Text.RegularExpressions;

namespace Bot.Dialogs.Content;

/// <summary>The shape of Vietnamese phone numbers an operator may publish for a commune police office.</summary>
/// <remarks>
/// Landlines are 11 digits starting 02 (area code 2xx since 2017, e.g. 024 3825 1234); mobiles
/// are 10 digits starting 03, 05, 07, 08 or 09. Spaces, dots, hyphens and brackets may group the
/// digits; "+84" may replace the leading 0. Anything else (a short code, a missing digit) is a typo.
/// </remarks>
public static partial class PhoneNumbers
{
    [GeneratedRegex(@"^(?:02\d{9}|0[35789]\d{8})$")]
    private static partial Regex National();

    [GeneratedRegex(@"^\+?[0-9 .()\-]+$")]
    private static partial Regex Written();

    /// <summary>The number as 10 or 11 digits starting with 0, or null when it does not have that shape.</summary>
    public static string? Normalize(string written)
    {
        var text = written.Trim();
        if (!Written().IsMatch(text))
        {
            return null;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text.StartsWith('+'))
        {
            if (!digits.StartsWith("84", StringComparison.Ordinal))
            {
                return null;
            }

            digits = "0" + digits[2..];
        }

        return National().IsMatch(digits) ? digits : null;
    }

    /// <summary>"tel:+84…" for a normalised national number.</summary>
    public static string TelUri(string national) => "tel:+84" + national[1..];
}
