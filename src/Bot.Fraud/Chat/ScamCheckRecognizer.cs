using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Text;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;

namespace Bot.Fraud.Chat;

/// <summary>
/// The scam check's recognizer for the understanding stage: a message is one to check when it
/// carries something to check, never because of scam words alone.
/// </summary>
/// <remarks>
/// Something to check: a link or bare domain; a phone number (an official hotline only when the
/// resident asks whether it is real); a message the platform says was forwarded or quoted; text in
/// quotation marks long enough to be a message; a pasted message (several lines, or "tin nhắn: …").
/// "Tài khoản bị khóa", "nhận quà", "lừa đảo" in a question are the topics' business.
/// </remarks>
public sealed partial class ScamCheckRecognizer : ICheckRecognizer
{
    /// <summary>Fewest words inside quotation marks, or after "tin nhắn:", for them to be a message.</summary>
    public const int MinMessageWords = 6;

    /// <summary>Fewest words over several lines for them to be a pasted message.</summary>
    public const int MinPastedWords = 10;

    // Words before a colon that introduce someone else's message ("tin nhắn: …", "sms: …", "kiểm tra giúp: …").
    private static readonly string[] IntroWords =
        ["tin nhan", "tin", "sms", "zalo", "messenger", "nhan duoc", "gui", "kiem tra", "check", "xem giup", "doc giup", "cai nay", "message", "text"];

    // A resident asking whether a number is genuine. Official numbers are otherwise just mentioned ("báo lừa
    // đảo qua 156", "gọi 113"): scam words next to a hotline are a question about scams, not one to check.
    private static readonly string[] AuthenticityWords =
        ["that khong", "that ko", "that k", "that hay gia", "that ha", "co that", "gia mao", "real", "fake", "genuine", "legit"];

    // Someone else's message being reported ("tin nhắn", "nhận được tin", "cái này", "thư này", "this message").
    private static readonly string[] ReportWords =
        ["tin nhan", "tin nay", "tin do", "tin lua", "co tin", "nhan duoc tin", "nhan tin", "nhan duoc", "nhan dc", "cai nay", "thu nay", "sms", "email", "message", "text"];

    // The resident asks whether that message is genuine (or checks it). "Was I tricked?" ("có bị lừa không") is
    // a victim's question, not one about a message, so a bare "lừa không" is not here; nor a bare "real"
    // ("is there a real person I can talk to, please").
    private static readonly string[] GenuineQuestionWords =
        [.. AuthenticityWords.Where(w => w != "real"), "that hong", "that hok", "that phai ko", "that phai khong", "co dung khong", "co dung ko", "dung khong", "dung ko", "dung k", "dung hong", "dung cua",
         "tin duoc khong", "tin duoc ko", "tin duoc k", "tin duoc hong", "kiem tra giup", "check giup", "is this real", "is it real", "real or fake"];

    // The resident asks whether it is a scam: scam words, so alone with a message described in the resident's own
    // words ("tin nhắn báo trúng thưởng, có phải lừa đảo không") they are a question about scams.
    private static readonly string[] ScamQuestionWords =
        ["lua dao khong", "lua dao ko", "lua dao k", "lua dao vay", "co phai lua", "tin lua", "is this a scam"];

    // Asking how to tell in general ("làm sao biết tin nhắn thật hay giả") is a question about scams, not a message to check.
    private static readonly string[] HowToTellWords =
        ["lam sao biet", "lam sao ma biet", "biet duoc", "nhan biet", "nhan ra", "phan biet", "dau hieu", "cach nao", "how do i know", "how to tell", "how can i tell"];

    // How official and commercial senders write, not how residents ask: "quý khách", "ông/bà", "vui lòng", "đã được", "thông báo".
    private static readonly string[] SenderVoiceWords =
        ["quy khach", "khach hang", "cua ban", "ong ba", "moi ong", "kinh moi", "vui long", "de nghi", "thong bao", "da duoc", "so du", "noi dung", "tran trong", "vnd", "your", "please", "has been"];

    /// <summary>Fewest words for a reported message (the resident's question and the message's own words).</summary>
    public const int MinReportedWords = 12;

    private readonly ScamCheckResponder _responder;
    private readonly UrlExtractor _urls;
    private readonly PhoneScanner _phones;

    public ScamCheckRecognizer(ScamCheckResponder responder)
    {
        _responder = responder;
        var lists = responder.Content.Lists;
        _urls = new UrlExtractor(lists.WebEndings.Concat(lists.SuspiciousEndings).Concat(lists.Shorteners.Select(s => s[(s.LastIndexOf('.') + 1)..])));
        _phones = new PhoneScanner(lists.Hotlines, lists.HomeCountryCode);
    }

    public CheckSignal Recognize(InboundMessage input)
    {
        if (input.Text is not { Length: > 0 } text)
        {
            return CheckSignal.None;
        }

        if (input.Forwarded)
        {
            return CheckSignal.Forwarded;
        }

        var (urls, rest) = _urls.Extract(UrlExtractor.Deobfuscate(text));
        if (urls.Count > 0 || LinkLike().IsMatch(rest))
        {
            return CheckSignal.Link;
        }

        var phones = _phones.Scan(rest);
        if (phones.Any(p => p.Hotline is null) || (phones.Count > 0 && AsksIfGenuine(text)))
        {
            return CheckSignal.Phone;
        }

        if (QuotedWords(text) >= MinMessageWords)
        {
            return CheckSignal.Quoted;
        }

        return IsPasted(text) || IsReported(text) ? CheckSignal.Pasted : CheckSignal.None;
    }

    public async ValueTask<HandlerResult> AnswerAsync(TurnContext context, string text, ReplyButton? topic, CancellationToken cancellationToken)
    {
        var verdict = _responder.Analyze(text);
        var reply = await _responder.VerdictReplyAsync(context, text, verdict, cancellationToken).ConfigureAwait(false);
        if (topic is null)
        {
            return new HandlerResult([reply]);
        }

        // The question around the link has a topic too: offer it before the menu button.
        var buttons = reply.Buttons.ToList();
        buttons.Insert(Math.Max(0, buttons.Count - 1), topic);
        return new HandlerResult([reply with { Buttons = buttons }]);
    }

    /// <summary>
    /// What the link finder leaves on purpose (it knows only the endings in content/fraud/lists.yaml) but
    /// a resident still hands us to check: a hyphenated host with any ending ("vneid-app.download"), an
    /// app file ("capnhat.apk"), or a Telegram handle with "_" or digits ("@viec_nhe_99"; "@admin" is not one).
    /// Lower-case hosts only, so "e-ID.Tôi" typed without a space after the full stop stays a sentence.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<![\w@.])[a-z0-9]+(?:-[a-z0-9]+)+\.[a-z]{2,12}(?![\w.])|\b[\w-]+\.apk\b|(?<![\w.])@[A-Za-z][A-Za-z]*[_0-9][A-Za-z0-9_]{2,31}\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LinkLike();

    private static bool AsksIfGenuine(string text)
    {
        var folded = VietnameseText.Fold(text);
        return AuthenticityWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Words in the longest span between matching quotation marks ("…", “…”, «…», '…').</summary>
    internal static int QuotedWords(string text)
    {
        var most = 0;
        foreach (var (open, close) in new[] { ('"', '"'), ('“', '”'), ('«', '»'), ('\'', '\'') })
        {
            var start = text.IndexOf(open);
            while (start >= 0)
            {
                // An apostrophe inside a word ("what's") opens nothing.
                if (open == '\'' && start > 0 && char.IsLetter(text[start - 1]))
                {
                    start = text.IndexOf(open, start + 1);
                    continue;
                }

                var end = text.IndexOf(close, start + 1);
                var inside = end < 0 ? text[(start + 1)..] : text[(start + 1)..end];
                most = Math.Max(most, WordCount(inside));
                start = end < 0 ? -1 : text.IndexOf(open, end + 1);
            }
        }

        return most;
    }

    /// <summary>Several lines of message length, or someone else's words after "tin nhắn:" / "[BHXH]".</summary>
    internal static bool IsPasted(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length >= 2 && WordCount(text) >= MinPastedWords)
        {
            return true;
        }

        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('[') && trimmed.IndexOf(']') is > 1 and < 24 && WordCount(trimmed) >= MinMessageWords + 2)
        {
            return true; // "[BHXH] Hồ sơ của bạn…": a sender tag, as SMS show it
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || WordCount(text[(colon + 1)..]) < MinMessageWords)
        {
            return false;
        }

        var before = VietnameseText.Fold(text.AsSpan(0, colon));
        return WordCount(before) <= 8 && IntroWords.Any(w => (" " + before + " ").Contains(" " + w + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A message pasted on one line or retold, and asked about: "EVN thông báo: tiền điện kỳ 11 … vui lòng thanh
    /// toán … có thật không", "có tin nhắn báo tiền nước tháng này 187 nghìn … có phải thật không". The resident
    /// asks whether it is genuine, and the message shows: it is mentioned ("tin nhắn", "cái này"), its sender's
    /// voice is heard ("quý khách", "vui lòng", "thông báo"), or it starts with its sender's tag ("BHXH:",
    /// "Lịch hẹn:"). Asked only whether it is a scam, the message must show more (its tag, or mentioned in its
    /// sender's voice): scam words never decide, so "tin nhắn báo trúng thưởng, có phải lừa đảo không" stays a
    /// question about scams, like "tin nhắn lừa đảo nhận biết thế nào", "làm sao biết tin nhắn thật hay giả" and
    /// a victim's "có bị lừa không".
    /// </summary>
    internal static bool IsReported(string text)
    {
        if (WordCount(text) < MinReportedWords)
        {
            return false;
        }

        var folded = " " + VietnameseText.Fold(text) + " "; // punctuation folds to single spaces
        var genuine = Has(folded, GenuineQuestionWords);
        if (!(genuine || Has(folded, ScamQuestionWords)) || Has(folded, HowToTellWords))
        {
            return false;
        }

        // The message shows by its sender's tag, or by being mentioned in its sender's own voice; asked whether it
        // is genuine, being mentioned or its sender's voice alone is enough.
        var reported = Has(folded, ReportWords);
        var voice = Has(folded, SenderVoiceWords);
        return SenderTag().IsMatch(text) || (reported && voice) || (genuine && (reported || voice));

        static bool Has(string folded, string[] phrases) =>
            phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>A sender's tag as messages start ("BHXH thông báo:", "Lịch hẹn:") or carry ("SD:", "KM:").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[\p{L}\p{N} /]{2,30}:|\b\p{Lu}{2,}\p{L}*\s*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SenderTag();

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
