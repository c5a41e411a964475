using System.Text;
using Bot.Ocr.Tesseract;

namespace Bot.Ocr.Text;

/// <summary>
/// Turns tesseract's words into the message a resident saw: drops the phone's chrome (status bar, avatar
/// initial, icons, read receipts, timestamps, the input box), joins the lines the phone wrapped, and glues
/// back links and numbers that a narrow screen cut in two ("vneid-" / "capnhat.top" → "vneid-capnhat.top").
/// Each bubble (paragraph) stays on its own line.
/// </summary>
internal static class ScreenshotTextJoiner
{
    // The status bar (clock, carrier, signal, battery) sits in the top few percent of a phone screenshot.
    private const double StatusBarShare = 0.045;

    // The conversation header (back arrow, avatar, name) sits below it.
    private const double HeaderShare = 0.15;

    private const string KeptPunctuation = "-–—:;,.!?\"'“”‘’()[]…/%+*#&";

    // Link endings a cut link is completed to; a part already ending in one is complete.
    private static readonly HashSet<string> LinkEndings = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "info", "biz", "vn", "top", "xyz", "icu", "site", "online", "club", "shop", "store", "vip",
        "live", "app", "link", "cc", "me", "io", "co", "asia", "pro", "fun", "cfd", "sbs", "click", "tk", "ml", "ga", "cf",
        "gq", "ly", "gl", "to", "ws", "work", "life", "world", "today", "support", "services", "tech", "win", "bet",
    };

    public static string Join(TesseractPage page)
    {
        var paragraphs = Paragraphs(Lines(page));
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var right = paragraph.Max(l => l.Right);
            text.Append(paragraph[0].Text);
            for (var i = 1; i < paragraph.Count; i++)
            {
                text.Append(Separator(paragraph[i - 1], paragraph[i], right)).Append(paragraph[i].Text);
            }
        }

        return text.ToString().Normalize();
    }

    /// <summary>Lines in reading order, with icons, chrome-only lines, the status bar and the avatar's initial removed.</summary>
    internal static List<OcrLine> Lines(TesseractPage page)
    {
        var lines = new List<OcrLine>();
        foreach (var group in page.Words.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var kept = group.Where(w => !IsIcon(w.Text)).ToList();
            if (kept.Count == 0)
            {
                continue;
            }

            var line = new OcrLine(group.Key.Block, group.Key.Paragraph, kept);
            if (page.Height > 0 && IsStatusBar(line, page.Height))
            {
                continue;
            }

            if (page.Height > 0 && line.Top < page.Height * HeaderShare)
            {
                DropAvatarInitial(line);
            }

            DropTrailingTimestamp(line);
            if (line.Words.Count > 0 && !ScreenNoise.IsNoiseLine(line.Text))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>Consecutive lines close together and aligned on the left are one bubble, whatever tesseract's paragraphs say.</summary>
    private static List<List<OcrLine>> Paragraphs(List<OcrLine> lines)
    {
        var paragraphs = new List<List<OcrLine>>();
        foreach (var line in lines)
        {
            var last = paragraphs.Count > 0 ? paragraphs[^1][^1] : null;
            if (last is not null && Continues(last, line))
            {
                paragraphs[^1].Add(line);
            }
            else
            {
                paragraphs.Add([line]);
            }
        }

        return paragraphs;
    }

    private static bool Continues(OcrLine previous, OcrLine line)
    {
        var height = Math.Max(previous.TypicalHeight, line.TypicalHeight);
        var gap = line.Top - previous.Bottom;
        if (gap > 1.2 * height)
        {
            return false; // a bubble's edge (and its dropped timestamp) lies between: tesseract's paragraph spans two bubbles
        }

        return (previous.Block == line.Block && previous.Paragraph == line.Paragraph)
            || (gap >= -height / 2 && gap < 0.9 * height && Math.Abs(line.Left - previous.Left) < 1.5 * height);
    }

    /// <summary>A mark with no letter or digit that is not punctuation: an icon (battery, arrow, emoji) read as "©", "»", "@_):".</summary>
    private static bool IsIcon(string word) =>
        !word.Any(char.IsLetterOrDigit) && !word.All(KeptPunctuation.Contains);

    /// <summary>
    /// The clock, carrier, signal bars and battery at the very top (bars come out as "all", "wil"); in a photo of the
    /// screen, tilted and cut, only smudges may be left of them, read with little confidence.
    /// </summary>
    private static bool IsStatusBar(OcrLine line, int pageHeight) =>
        (line.Top + line.Bottom) / 2.0 < pageHeight * StatusBarShare
        && (line.Words.Any(w => ScreenNoise.IsTime(w.Text) || w.Text.EndsWith('%')) || line.Words.Average(w => w.Confidence) < 60);

    /// <summary>The back arrow and the avatar's initial left of the sender's name ("T Thông báo").</summary>
    private static void DropAvatarInitial(OcrLine line)
    {
        while (line.Words.Count > 1 && (line.Words[0].Text.Length == 1 || (line.Words[0].Text.Length == 2 && line.Words[0].Confidence < 60)))
        {
            line.Words.RemoveAt(0);
        }
    }

    /// <summary>A bubble's own time ("14:32"), drawn smaller after the last word, is not part of the message.</summary>
    private static void DropTrailingTimestamp(OcrLine line)
    {
        if (line.Words.Count < 2 || !ScreenNoise.IsTime(line.Words[^1].Text))
        {
            return;
        }

        var others = line.Words.Take(line.Words.Count - 1).Select(w => w.Height).Order().ToArray();
        if (line.Words[^1].Height < 0.85 * others[others.Length / 2])
        {
            line.Words.RemoveAt(line.Words.Count - 1);
        }
    }

    /// <summary>What goes between two lines of one bubble: nothing when a link, code or number was cut, else a space.</summary>
    private static string Separator(OcrLine first, OcrLine second, int paragraphRight)
    {
        var tail = first.Words[^1].Text;
        var head = second.Words[0].Text;
        if (!LinkCharacters(head))
        {
            return " ";
        }

        // "vneid-" / "capnhat.top", "15-" / "20%": the hyphen was in the message, the screen broke after it.
        if (tail.Length > 1 && tail.EndsWith('-') && char.IsLetterOrDigit(head[0]))
        {
            return "";
        }

        // A word is cut in the middle only when it is longer than a line: the first part fills the line to its end.
        var wrapped = first.Right >= paragraphRight - Math.Max(4, first.TypicalHeight);
        if (!wrapped || !LinkCharacters(tail))
        {
            return " ";
        }

        if (head[0] is '.' or '/' or '?' or '#' or '=' or '&' or '_' || tail[^1] is '.' or '/' or '?' or '=' or '&' or '_' or '*' or ':')
        {
            return "";
        }

        return LooksLikeUnfinishedLink(tail) || LooksLikeLinkEnding(tail, head) || LooksLikeUnfinishedNumber(tail, head) ? "" : " ";
    }

    /// <summary>"https://csgt-tracuu.i", "www.abc", "mb-sinhtrac": a link whose ending is on the next line.</summary>
    private static bool LooksLikeUnfinishedLink(string tail)
    {
        var lower = tail.ToLowerInvariant();
        var isLink = lower.Contains("://", StringComparison.Ordinal) || lower.StartsWith("www.", StringComparison.Ordinal)
            || (lower.Contains('.') && lower.Any(char.IsAsciiLetter));
        if (!isLink)
        {
            return false;
        }

        var host = lower;
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        if (host.Contains('/'))
        {
            return true; // a path was cut: whatever follows without a space belongs to it
        }

        var lastDot = host.LastIndexOf('.');
        return lastDot < 0 || !LinkEndings.Contains(host[(lastDot + 1)..]);
    }

    /// <summary>"mb-sinhtrac" / "hoc.net": a hyphenated name (rare in Vietnamese words, common in scam domains) completed by a domain.</summary>
    private static bool LooksLikeLinkEnding(string tail, string head) =>
        tail.IndexOf('-', 1) is > 0 and var hyphen && hyphen < tail.Length - 1 && !tail.Contains('.')
        && head.Contains('.') && head.Any(char.IsAsciiLetter);

    /// <summary>"*21*07982" / "25016#", "0190338" / "82145": a long run of digits cut at the line's end.</summary>
    private static bool LooksLikeUnfinishedNumber(string tail, string head) =>
        tail.Count(char.IsAsciiDigit) >= 4 && char.IsAsciiDigit(tail[^1]) && char.IsAsciiDigit(head[0])
        && tail.All(c => char.IsAsciiDigit(c) || c is '*' or '#' or '+');

    private static bool LinkCharacters(string word) =>
        word.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or ':' or '-' or '_' or '?' or '=' or '&' or '%' or '#' or '*' or '+' or '~');
}
