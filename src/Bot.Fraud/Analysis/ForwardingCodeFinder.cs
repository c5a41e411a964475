using System.Text.RegularExpressions;

namespace Bot.Fraud.Analysis;

/// <summary>Finds phone keypad codes that turn on call forwarding to another number (<c>*21*0912…#</c>, <c>**62*…#</c>).</summary>
/// <remarks>
/// GSM codes: <c>*</c> or <c>**</c> switches a service on, then 21 (all calls), 61 (no answer),
/// 62 (unreachable), 67 (busy), 002 / 004 (all kinds), then <c>*</c>, the number calls go to, and
/// <c>#</c>. Scammers dictate such a code so that calls reading out OTP codes ring on their phone.
/// Only codes with a number count: a warning that quotes "*21*" alone, a code that checks
/// (<c>*#21#</c>) or one that switches forwarding off (<c>##002#</c>, <c>#21#</c>) asks nothing dangerous.
/// </remarks>
internal static partial class ForwardingCodeFinder
{
    [GeneratedRegex(@"(?<![\d*#])\*{1,2}\s?(?:21|61|62|67|002|004)\s?\*\s?\+?\d(?:[ .\-]?\d){5,14}\s?(?:\*{1,2}\d{1,3})*\s?#", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    /// <summary>The first forwarding code in <paramref name="text"/> with its number masked ("**21*091*****15#"), or null.</summary>
    public static string? Find(string text)
    {
        // Cheap test first: nearly every message has no '*' at all.
        if (text.IndexOf('*') < 0 || text.IndexOf('#') < 0)
        {
            return null;
        }

        var match = Code().Match(text);
        return match.Success ? Privacy.PersonalDataMasker.MaskPhone(match.Value) : null;
    }
}
