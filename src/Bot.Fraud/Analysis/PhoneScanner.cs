using System.Text.RegularExpressions;
using Bot.Dialogs.Text;

namespace Bot.Fraud.Analysis;

/// <summary>Finds phone numbers (mobile, landline, 1800/1900, hotlines, foreign) and tells them from amounts and IDs.</summary>
/// <remarks>Foreign numbers are recognised by "+" only: "00…" is how citizen ID numbers begin (001… for Hà Nội).</remarks>
internal sealed partial class PhoneScanner(IReadOnlyDictionary<string, Bot.Dialogs.Content.LocalizedText> hotlines, string homeCountryCode)
{
    // Words right before a number that say it is an account, card or ID number, not a phone.
    private static readonly string[] NotPhoneWords = ["tk", "stk", "khoan", "account", "acc", "cccd", "cuoc", "cmnd", "ma", "otp", "mst", "the"];

    [GeneratedRegex(@"(?<![\p{L}\p{N}+])\+?\d(?:[ .\-]?\d){2,14}(?!\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    /// <summary>The phone numbers in <paramref name="text"/> (links already blanked out), each once.</summary>
    public List<FoundPhone> Scan(string text)
    {
        var found = new List<FoundPhone>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return found;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            var phone = Classify(match.Value) ?? DialledAsAbroad(text, match);
            if (phone is not null && !AfterAccountWord(text, match.Index) && found.All(f => f.Number != phone.Number))
            {
                found.Add(phone);
            }
        }

        return found;
    }

    // Words right before a number that say it is one to call or that called: "called from 555-0142", "số 555-0173".
    private static readonly string[] PhoneWords =
        ["from", "call", "called", "calling", "number", "phone", "text", "texted", "dial", "ring", "whatsapp", "so", "sdt", "dt", "goi"];

    /// <summary>
    /// Round 10: a number written the North American way, in dashed groups of 3-4 or 3-3-4 digits ("a guy called from
    /// 555-0142"), right after a word that says it is a phone. Vietnamese numbers are 0 + 9 or 10 digits, grouped 4-3-3;
    /// an amount or a range ("500-1000 nghìn") never follows "from"/"số" as one to call, and is checked by the word before it.
    /// </summary>
    private static FoundPhone? DialledAsAbroad(string text, Match match)
    {
        if (!DashedAbroad().IsMatch(match.Value))
        {
            return null;
        }

        var start = Math.Max(0, match.Index - 24);
        var before = VietnameseText.Fold(text.AsSpan(start, match.Index - start)).TrimEnd(' ', ':');
        var space = before.LastIndexOf(' ');
        var after = VietnameseText.Fold(text.AsSpan(match.Index + match.Length)).TrimStart();
        var next = after.Split(' ', 2)[0];
        return PhoneWords.Contains(space < 0 ? before : before[(space + 1)..]) && !AmountWords.Contains(next)
            ? new FoundPhone(DigitsOnly(match.Value), true, null)
            : null;
    }

    // Words right after a number that make it an amount or a range ("from 200-3000 dollars", "từ 500-1000 nghìn").
    private static readonly string[] AmountWords =
        ["dollars", "dollar", "usd", "vnd", "dong", "d", "k", "nghin", "ngan", "trieu", "ty", "tr", "percent", "km", "m", "kg", "nam", "years"];

    [GeneratedRegex(@"^(?:\d{3}-)?\d{3}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedAbroad();

    private FoundPhone? Classify(string raw)
    {
        var digits = DigitsOnly(raw);
        var international = raw.StartsWith('+') ? digits : null;
        if (international is not null)
        {
            if (international.StartsWith(homeCountryCode, StringComparison.Ordinal))
            {
                var domestic = "0" + international[homeCountryCode.Length..];
                return IsDomestic(domestic) ? new FoundPhone(domestic, false, null) : null;
            }

            return international.Length is >= 8 and <= 15 ? new FoundPhone("+" + international, true, null) : null;
        }

        if (hotlines.ContainsKey(digits))
        {
            return new FoundPhone(digits, false, digits);
        }

        return IsDomestic(digits) ? new FoundPhone(digits, false, null) : null;
    }

    /// <summary>Vietnamese mobile and landline numbers (0 + 9 or 10 digits) and 1800/1900 service numbers.</summary>
    private static bool IsDomestic(string digits) =>
        (digits.Length is 10 or 11 && digits[0] == '0' && digits[1] != '0')
        || (digits.Length is 8 or 10 && (digits.StartsWith("1800", StringComparison.Ordinal) || digits.StartsWith("1900", StringComparison.Ordinal)));

    private static bool AfterAccountWord(string text, int index)
    {
        var start = Math.Max(0, index - 24);
        var before = VietnameseText.Fold(text.AsSpan(start, index - start));
        var space = before.LastIndexOf(' ');
        var last = space < 0 ? before : before[(space + 1)..];
        return NotPhoneWords.Contains(last);
    }

    /// <summary>The digits of <paramref name="text"/>, in order.</summary>
    public static string DigitsOnly(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    /// <summary>A number typed any usual way → "0…" (domestic) or "+…" (foreign); null when it is not a phone number.</summary>
    public static string? Normalize(string text, string homeCountryCode)
    {
        var trimmed = text.Trim();
        var digits = DigitsOnly(trimmed);
        var international = trimmed.StartsWith('+') ? digits : null;
        if (international is not null)
        {
            if (international.StartsWith(homeCountryCode, StringComparison.Ordinal))
            {
                var domestic = "0" + international[homeCountryCode.Length..];
                return IsDomestic(domestic) ? domestic : null;
            }

            return international.Length is >= 8 and <= 15 ? "+" + international : null;
        }

        return IsDomestic(digits) ? digits : null;
    }
}
