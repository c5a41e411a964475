using System.Text.RegularExpressions;

namespace Bot.Fraud.Privacy;

/// <summary>
/// Finds and masks citizen ID numbers, old ID numbers, bank account numbers, OTP codes, passwords and
/// phone numbers in any text, so logs, analytics, reports and stored state never hold them in plain text.
/// </summary>
/// <remarks>
/// Masking keeps the shape a reader needs ("STK ************", "OTP ******", "091*****78") and
/// removes every digit that identifies someone; passwords become a fixed "********" so not even their
/// length leaks. Official short hotlines (113, 156) and 1800/1900 service numbers are left as they are.
/// A number in international format ("+82 10 4728 3156", "+821037719204") is a phone number, even
/// when its digits happen to come in the 12 or 9 a citizen ID or an old ID has: it is masked as a
/// phone and never reported as an ID.
/// Safe to call from any thread; it never throws on odd input.
/// </remarks>
public static partial class PersonalDataMasker
{
    private const string PasswordMask = "********";

    [GeneratedRegex(
        @"(?<key>mật\s*khẩu|mat\s*khau|\bmk\b|\bpass(?:word|code)?\b|mã\s*pin|ma\s*pin)(?<mid>(?:\s+(?:của|cua|mới|moi|tôi|toi|em|anh|chị|chi|mình|minh|đăng\s*nhập|dang\s*nhap|vneid|ngân\s*hàng|ngan\s*hang|app|my|new))*\s*(?:là|la|:|=|is)\s*)(?<value>(?=\S*[\d!@#$%^&*_.\-])\S{4,}|[A-Za-z]{8,})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(
        @"(?<key>\b(?:mã|ma|otp|code|passcode)\b)(?<mid>[^\d\n]{0,24}?)(?<value>(?<![\p{L}\d])\d{4,8}(?![\d\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtpPattern();

    [GeneratedRegex(
        @"(?<key>\b(?:stk|số\s*tk|so\s*tk|tk|số\s*tài\s*khoản|so\s*tai\s*khoan|tài\s*khoản|tai\s*khoan|account(?:\s*number)?|acc)\b)(?<mid>[^\d\n,.;!?]{0,16}?)(?<value>(?<![\p{L}\d])\d(?:[ .\-]?\d){5,18}(?![\d\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    // "+" then a country code and the rest, at most 15 digits in all (E.164); the "+" is the proof.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])\+\s?\d{1,3}(?:[ .\-]?\d){6,12}(?!\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhonePattern();

    [GeneratedRegex(@"(?<![\d\p{L}])(?:\d{12}|\d{3}[ .]\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{4}[ .]\d{4})(?![\d\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CitizenIdPattern();

    [GeneratedRegex(@"(?<![\d\p{L}+]|\+84\s?|\+84-)\d{9}(?![\d\p{L}])(?!\s*(?:đ|vnd|dong|đồng|d\b|k\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OldIdPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}+*])(?:\+|00)?\d(?:[ .\-]?\d){7,14}(?![\p{N}*])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\d{9,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigits();

    /// <summary>Which kinds of secret or identifying data <paramref name="text"/> contains (phone numbers are not listed).</summary>
    public static IReadOnlySet<PersonalDataKind> Detect(string? text)
    {
        var kinds = new HashSet<PersonalDataKind>();
        if (string.IsNullOrEmpty(text))
        {
            return kinds;
        }

        if (PasswordPattern().IsMatch(text))
        {
            kinds.Add(PersonalDataKind.Password);
            text = PasswordPattern().Replace(text, m => m.Groups["key"].Value + m.Groups["mid"].Value + PasswordMask);
        }

        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return kinds;
        }

        if (OtpPattern().IsMatch(text))
        {
            kinds.Add(PersonalDataKind.Otp);
            text = OtpPattern().Replace(text, KeepKeyStarValue);
        }

        if (AccountPattern().IsMatch(text))
        {
            kinds.Add(PersonalDataKind.BankAccount);
            text = AccountPattern().Replace(text, KeepKeyStarValue);
        }

        // Phone numbers are not listed, but their digits must not be read as an ID below.
        text = InternationalPhonePattern().Replace(text, "+");

        if (CitizenIdPattern().IsMatch(text))
        {
            kinds.Add(PersonalDataKind.CitizenId);
            text = CitizenIdPattern().Replace(text, m => Stars(m.Value));
        }

        if (OldIdPattern().IsMatch(text))
        {
            kinds.Add(PersonalDataKind.OldId);
        }

        return kinds;
    }

    /// <summary><paramref name="text"/> with every secret or identifying number masked (see the remarks).</summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        text = PasswordPattern().Replace(text, m => m.Groups["key"].Value + m.Groups["mid"].Value + PasswordMask);
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return text;
        }

        text = OtpPattern().Replace(text, KeepKeyStarValue);
        text = AccountPattern().Replace(text, KeepKeyStarValue);
        text = InternationalPhonePattern().Replace(text, m => MaskPhone(m.Value));
        text = CitizenIdPattern().Replace(text, m => Stars(m.Value));
        text = OldIdPattern().Replace(text, m => Stars(m.Value));
        text = PhonePattern().Replace(text, m => MaskPhone(m.Value));
        return LongDigits().Replace(text, m => Stars(m.Value));
    }

    /// <summary>A phone number with all but its first three and last two digits hidden ("0912345678" → "091*****78").</summary>
    /// <remarks>Numbers of five digits or fewer and 1800/1900 service numbers are public and stay as they are.</remarks>
    public static string MaskPhone(string phone)
    {
        var digitCount = phone.Count(char.IsAsciiDigit);
        var plain = phone.Where(char.IsAsciiDigit).ToArray();
        if (digitCount <= 5 || (plain.Length is 8 or 10 && (plain.AsSpan().StartsWith("1800") || plain.AsSpan().StartsWith("1900"))))
        {
            return phone;
        }

        var seen = 0;
        return string.Create(phone.Length, phone, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (char.IsAsciiDigit(c))
                {
                    seen++;
                    span[i] = seen <= 3 || seen > digitCount - 2 ? c : '*';
                }
                else
                {
                    span[i] = c;
                }
            }
        });
    }

    private static string KeepKeyStarValue(Match m) => m.Groups["key"].Value + m.Groups["mid"].Value + Stars(m.Groups["value"].Value);

    private static string Stars(string value) =>
        string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiDigit(source[i]) ? '*' : source[i];
            }
        });
}
