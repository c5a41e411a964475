using System.Text.RegularExpressions;

namespace Bot.Ocr.Text;

/// <summary>
/// What a phone draws around a message and a resident did not write: the status bar (clock, carrier,
/// network, battery), read receipts, day and time stamps, the input box. A line made only of these
/// is dropped before the scam check, so "9:41 Viettel 4G 85%" is never judged as part of the message.
/// </summary>
internal static partial class ScreenNoise
{
    // Whole-line phrases (compared folded: lower case, no diacritics) that apps show around messages.
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "da xem", "da nhan", "da gui", "dang gui", "seen", "delivered", "read", "sent", "vua xong", "just now",
        "hom nay", "hom qua", "today", "yesterday", "vua truy cap", "dang hoat dong", "active now", "online",
        "tin nhan", "tinnhan", "tin nhan van ban", "tinnhan van ban", "nhap tin nhan", "soan tin nhan", "text message", "message", "sms", "mms",
        "tin nhan sms", "tin nhan da ma hoa dau cuoi", "tra loi", "reply",
    };

    // The message box at the bottom of the screen.
    private static readonly HashSet<string> InputBoxes = new(StringComparer.Ordinal)
    {
        "tin nhan", "tinnhan", "tin nhan van ban", "tinnhan van ban", "nhap tin nhan", "soan tin nhan", "text message", "tin nhan sms",
    };

    private static readonly HashSet<string> Carriers = new(StringComparer.Ordinal)
    {
        "viettel", "vinaphone", "mobifone", "vietnamobile", "gmobile", "itelecom", "reddi", "wintel", "vnpt", "vn", "mobi",
        "vina", "vnmobile", "lte", "volte", "vo", "4g", "5g", "3g", "4g+", "5g+", "h+", "wifi", "wi-fi", "e", "h",
    };

    /// <summary>True when every word of the line is phone chrome, a time, a date or an icon read as a stray mark.</summary>
    public static bool IsNoiseLine(string line)
    {
        var folded = Fold(new string(line.Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is ':' or '/' or '.' or '%' or ',').ToArray()));
        if (folded.Length == 0 || Phrases.Contains(folded) || VisitedAgo().IsMatch(folded))
        {
            return true;
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(IsNoiseWord))
        {
            return true;
        }

        // The input box with an icon read as a letter or two next to it: "5 Tin nhắn văn bản", "Tin nhắn văn bản >".
        var core = string.Join(' ', words.SkipWhile(w => w.Length <= 2 && !Phrases.Contains(w)).Reverse().SkipWhile(w => w.Length <= 2).Reverse());
        return core.Length > 0 && core.Length < folded.Length && InputBoxes.Contains(core);
    }

    /// <summary>True for a lone clock time such as "14:32" or "9.41" (a bubble's timestamp).</summary>
    public static bool IsTime(string word) => Time().IsMatch(word);

    private static bool IsNoiseWord(string word) =>
        Carriers.Contains(word)
        || Time().IsMatch(word)
        || Percent().IsMatch(word)
        || DateLike().IsMatch(word)
        || Weekday().IsMatch(word)
        || word is "am" or "pm" or "sa" or "ch" or "hom" or "nay" or "qua" or "luc" or "thu" or "cn"
        || !word.Any(char.IsLetterOrDigit) // icons read as "©", "»", "—"
        || (word.Length <= 2 && !word.Any(char.IsDigit) && word.Any(c => !char.IsLetter(c))); // "a)", "@&"

    /// <summary>Lower case, Vietnamese marks removed, đ → d, one space between words.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(:\d{2})?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^\d{1,3}\s?%$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^\d{1,2}[/\-.]\d{1,2}([/\-.]\d{2,4})?,?$|^\d{1,2}\s?(thg|th)\s?\d{1,2}$")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^(thu|t)[2-7],?$|^(hai|ba|tu|nam|sau|bay),?$|^chu$|^nhat,?$|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(truy cap|hoat dong) \d+ (giay|phut|gio|ngay) truoc$")]
    private static partial Regex VisitedAgo();
}
