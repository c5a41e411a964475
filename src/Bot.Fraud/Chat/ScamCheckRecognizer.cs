using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Text;
using Bot.Dialogs.Tools;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using static Bot.Fraud.Chat.FoldedPhrases;

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
        ["tin nhan", "tin nay", "tin do", "tin lua", "co tin nhan", "co cai tin", "cai tin", "nhan duoc tin", "nhan tin", "nhan duoc", "nhan dc", "cai nay",
         "thu nay", "sms", "email", "message", "text", "nhan bao", "nhan rang", "nhan cho", "nhan zalo", "nhan nhom", "nhan qua zalo", "nhan trong nhom", "nhan vao nhom", "nhan tin tu", "nhom zalo", "tin bao", "thong bao tu", "texted"];

    // The resident asks whether that message is genuine (or checks it). "Was I tricked?" ("có bị lừa không") is
    // a victim's question, not one about a message, so a bare "lừa không" is not here; nor a bare "real"
    // ("is there a real person I can talk to, please").
    private static readonly string[] GenuineQuestionWords =
        [.. AuthenticityWords.Where(w => w != "real"), "that hong", "that hok", "that phai ko", "that phai khong", "co dung khong", "co dung ko", "dung khong", "dung ko", "dung k", "dung hong", "dung cua",
         "tin duoc khong", "tin duoc ko", "tin duoc k", "tin duoc hong", "kiem tra giup", "check giup", "is this real", "is it real", "real or fake",
         // Round 6: residents ask about a message they received in more ways than "có thật không" (whether it is safe to
         // follow, what it means, whether it is its sender's); the message itself must still show (see KindOfMessageQuestion).
         "co sao khong", "co sao ko", "co sao k", "lam theo duoc", "lam theo dc", "nghe theo duoc", "co nen tin", "co nen lam theo",
         "la sao", "sao vay", "la tien gi", "la that a", "that a", "co dung la", "dung la", "o dau ra", "tu dau ra", "tien gi vay", "tien gi day", "co van de gi", "that chu", "hay lua", "hay la lua", "co phai cua", "gia danh khong", "gia danh ko", "is this legit", "is it safe"];

    // Asking whether the message is genuine or a scam, not only what it means ("là sao", "có sao không", "sao vậy"):
    // a resident who doubts the sender gets the check even after a step of their own.
    private static readonly string[] DoubtWords =
        [.. AuthenticityWords, "that hong", "that hok", "that phai ko", "that phai khong", "co dung khong", "co dung ko", "dung khong", "dung ko",
         "dung k", "dung hong", "dung cua", "tin duoc khong", "tin duoc ko", "tin duoc k", "tin duoc hong", "kiem tra giup", "check giup",
         "is this real", "is it real", "real or fake", "co nen tin", "la that a", "that a", "co dung la", "dung la", "that chu", "hay lua",
         "hay la lua", "co phai cua", "gia danh khong", "gia danh ko", "is this legit", "is it safe", "lua dao khong", "lua dao ko", "lua dao k",
         "lua dao vay", "co phai lua", "tin lua", "is this a scam", "lua khong", "lua ko", "lua k", "co bi lua"];

    /// <summary>
    /// <paramref name="folded"/> with every "dung" that is not "đúng" (right, true) made unreadable, so "ảnh chân dung
    /// không đạt", "ứng dụng không mở được", "app dùng không được" ask nothing about being genuine. Read with its marks
    /// when the text has them (only "đúng" is "đúng"); typed without marks, the words "dung" ends are joined up.
    /// </summary>
    private static string WithoutFalseDung(string text, string folded)
    {
        var lower = text.Normalize().ToLowerInvariant();
        if (lower.Any(c => c > 'z' && char.IsLetter(c)))
        {
            return lower.Contains("đúng", StringComparison.Ordinal) ? folded : folded.Replace(" dung ", " dung_ ", StringComparison.Ordinal);
        }

        foreach (var first in DungCompoundFirstWords)
        {
            folded = folded.Replace(" " + first + " dung ", " " + first + "_dung ", StringComparison.Ordinal);
        }

        return folded;
    }

    // Round 10: "sử dụng", "ứng dụng", "áp dụng", "chân dung", "nội dung", "tuyển dụng", "xây dựng", "tiêu dùng", "người dùng".
    private static readonly string[] DungCompoundFirstWords = ["su", "ung", "ap", "chan", "noi", "tuyen", "xay", "tieu", "nguoi"];

    // The resident asks whether it is a scam: scam words, so alone with a message described in the resident's own
    // words ("tin nhắn báo trúng thưởng, có phải lừa đảo không") they are a question about scams.
    private static readonly string[] ScamQuestionWords =
        ["lua dao khong", "lua dao ko", "lua dao k", "lua dao vay", "co phai lua", "tin lua", "is this a scam"];

    // Asking how to tell in general ("làm sao biết tin nhắn thật hay giả") is a question about scams, not a message to check.
    internal static readonly string[] HowToTellWords =
        ["lam sao biet", "lam sao ma biet", "biet duoc", "nhan biet", "nhan ra", "phan biet", "dau hieu", "cach nao", "how do i know", "how to tell", "how can i tell",
         "how to know", "how can i know", "how would i know", "how do you know", "how to check", "how to spot", "how to recognise", "how to recognize"];

    // How official and commercial senders write, not how residents ask: "quý khách", "ông/bà", "vui lòng", "đã được", "thông báo".
    private static readonly string[] SenderVoiceWords =
        ["quy khach", "khach hang", "cua ban", "ong ba", "moi ong", "kinh moi", "vui long", "de nghi", "thong bao", "da duoc", "so du", "noi dung", "tran trong", "vnd", "your", "please", "has been"];

    // How a resident's own question or story starts, where a pasted message would start with its sender's words.
    private static readonly string[] ResidentOpenings =
        ["co nguoi", "nguoi ta", "lam sao", "lam the nao", "cho hoi", "hoi", "co phai", "tai sao", "vi sao", "nen lam", "phai lam",
         "how", "what", "why", "should", "is it", "are"];

    // A phone call, told ("gọi điện", "cuộc gọi", "gọi xưng"); "gói cước" folds to the same "goi", so never "goi" alone.
    private static readonly string[] CallWords =
        ["goi dien", "cuoc goi", "goi den", "goi toi", "goi cho", "goi bao", "goi xung", "goi noi", "dien thoai bao", "call", "called", "calling", "phoned"];

    // A written message ("tin nhắn", "thư", "sms"); a bare "tin" is also "tin được" (to trust).
    private static readonly string[] MessageWords =
        ["tin nhan", "nhan tin", "tin nay", "tin do", "co tin", "tin bao", "thu", "sms", "email", "mail", "message", "text", "texted"];

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

    public CheckSignal Recognize(InboundMessage input) => Explain(input).Signal;

    /// <summary>The signal for <paramref name="input"/> and the rule that raised it ("none" when nothing did), for probes and tests.</summary>
    internal (CheckSignal Signal, string Rule) Explain(InboundMessage input)
    {
        if (input.Text is not { Length: > 0 } text)
        {
            return (CheckSignal.None, "none");
        }

        if (input.Forwarded)
        {
            return (CheckSignal.Forwarded, "forwarded");
        }

        var (urls, rest) = _urls.Extract(UrlExtractor.Deobfuscate(text));
        if (urls.Any(u => !IsBareSuffix(u.Host)))
        {
            return (CheckSignal.Link, "url");
        }

        if (LinkLike().IsMatch(rest))
        {
            return (CheckSignal.Link, "link-like");
        }

        var phones = _phones.Scan(rest);
        if (phones.Any(p => p.Hotline is null))
        {
            return (CheckSignal.Phone, "phone");
        }

        if (phones.Count > 0 && AsksIfGenuine(text))
        {
            return (CheckSignal.Phone, "hotline-asked-genuine");
        }

        if (QuotedWords(text) is var quoted && quoted >= MinMessageWords)
        {
            // What scammers "usually say", quoted, is a kind of message: 'họ hay nói "tài khoản của bạn liên quan vụ án…" thì làm sao';
            // so is a phrase of a script quoted inside a question with nothing received (round 8).
            return KindOfMessageQuestion.Asks(text) ? (CheckSignal.None, "kind-of-message:quoted")
                : KindOfMessageQuestion.QuotesOnlyAPhrase(text, quoted) ? (CheckSignal.None, "kind-of-message:quoted-phrase")
                : (CheckSignal.Quoted, "quoted");
        }

        if ((PastedRule(text) ?? ReportedRule(text)) is { } pasted)
        {
            // Read from the wording alone (not from lines, a sender's tag or bracket, or a notice that asks nothing): a
            // question about a kind of message uses the same words as one retelling a message it received, and only the
            // latter has something to judge.
            return pasted is "pasted-lines" or "pasted-sender-bracket" or "pasted-on-one-line" or "pasted-notice-then-question" or "reported-sender-tag"
                   || (KindOfMessageQuestion.ShowsOne(text) && !KindOfMessageQuestion.Asks(text))
                ? (CheckSignal.Pasted, pasted)
                : (CheckSignal.None, "kind-of-message:" + pasted);
        }

        return (CheckSignal.None, "none");
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
    /// An ending named, not a site: "trang có đuôi .gov.vn là của nhà nước đúng không" names no site to judge.
    /// </summary>
    private static bool IsBareSuffix(string host) =>
        host.Count(c => c == '.') == 1 && host[..host.IndexOf('.')] is "gov" or "com" or "org" or "net" or "edu";

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
                var inside = end < 0 ? text.AsSpan(start + 1) : text.AsSpan(start + 1, end - start - 1);
                most = Math.Max(most, WordCounter.Count(inside));
                start = end < 0 ? -1 : text.IndexOf(open, end + 1);
            }
        }

        return most;
    }

    /// <summary>Several lines of message length, or someone else's words after "tin nhắn:" / "[BHXH]".</summary>
    internal static bool IsPasted(string text) => PastedRule(text) is not null;

    private static string? PastedRule(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length >= 2 && WordCounter.Count(text) >= MinPastedWords)
        {
            return "pasted-lines";
        }

        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('[') && trimmed.IndexOf(']') is > 1 and < 40 && WordCounter.Count(trimmed) >= MinMessageWords + 2)
        {
            return "pasted-sender-bracket"; // "[BHXH] Hồ sơ của bạn…": a sender tag, as SMS show it
        }

        if (IsPastedOnOneLine(text))
        {
            return "pasted-on-one-line";
        }

        if (NoticeThenQuestion(text))
        {
            return "pasted-notice-then-question";
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || WordCounter.Count(text.AsSpan(colon + 1)) < MinMessageWords)
        {
            return null;
        }

        // After the colon is the resident's own question or story, not a message ("Zalo: có người lạ kết bạn rồi nhắn
        // mượn tiền thì phải làm sao", "Tin nhắn lừa đảo: làm sao nhận biết").
        var after = " " + VietnameseText.Fold(text.AsSpan(colon + 1)).TrimStart() + " ";
        if (ResidentOpenings.Any(w => after.StartsWith(" " + w + " ", StringComparison.Ordinal)))
        {
            return null;
        }

        var before = VietnameseText.Fold(text.AsSpan(0, colon));
        return WordCounter.Count(before) <= MaxIntroWords && IntroWords.Any(w => (" " + before + " ").Contains(" " + w + " ", StringComparison.Ordinal))
            ? "pasted-after-intro"
            : null;
    }

    // Words before the colon that still introduce a message: "cháu ơi bà không chuyển tiền sao có tin này: …".
    private const int MaxIntroWords = 12;

    /// <summary>Most words of the resident's own question after a pasted notice.</summary>
    public const int MaxTailWords = 16;

    /// <summary>
    /// A sender's notice pasted whole, then the resident's own question after its last full stop ("Bưu điện xã … thông
    /// báo: chi trả … Người nhận mang theo thẻ căn cước. có cần làm gì không"): the notice is the thing to judge, and the
    /// question is about it. The notice alone must read as one (see <see cref="IsPastedOnOneLine"/>).
    /// </summary>
    private static bool NoticeThenQuestion(string text)
    {
        var end = text.TrimEnd().TrimEnd('.', '!', '?', ' ').LastIndexOfAny(['.', '!', '\n']);
        if (end <= 0 || WordCounter.Count(text.AsSpan(end + 1)) is 0 or > MaxTailWords)
        {
            return false;
        }

        var notice = text[..(end + 1)];
        return WordCounter.Count(notice) >= SenderNotice.MinWords && IsPastedOnOneLine(notice);
    }

    /// <summary>Fewest words for a message pasted on one line without a question.</summary>
    public const int MinOneLineWords = 15;

    /// <summary>
    /// A sender's message pasted on one line with no question around it ("DIEN LUC THONG BAO: Tien dien ky 11 … Tran
    /// trong.", "Kính gửi quý khách, từ 01/01 … vui lòng …"): it opens with its sender's tag, or speaks in its sender's
    /// words twice, and carries an amount, date or code or its sender's words; it asks nothing and says no "tôi".
    /// A resident's question that opens with a name and a colon ("VNeID: tài khoản của tôi bị khóa thì mở lại thế nào")
    /// asks or says "tôi", so it stays a question.
    /// </summary>
    private static bool IsPastedOnOneLine(string text)
    {
        var words = WordCounter.Count(text);
        if (words < SenderNotice.MinWords || text.Contains('?'))
        {
            return false;
        }

        var folded = " " + VietnameseText.Fold(text) + " ";
        if (SaysI(text) || Has(folded, ResidentQuestionWords) || ResidentEndings.Any(e => folded.EndsWith(" " + e + " ", StringComparison.Ordinal)))
        {
            return false;
        }

        // Round 7: a notice that only names its sender ("VNeID thông báo …", "Công an xã mời ông bà …") or only asks to
        // call back, reply or go somewhere has no digit to show; it reads as its sender's words instead.
        if (SenderNotice.ReadsFolded(folded))
        {
            return true;
        }

        var voices = SenderVoiceWords.Count(w => folded.Contains(" " + w + " ", StringComparison.Ordinal));
        var digit = HasDigit(text);
        var tagged = SenderTag().Match(text) is { Success: true, Index: 0 } && HasSenderTag(text);
        return words >= MinOneLineWords && ((tagged && (digit || voices > 0)) || (voices >= 2 && digit));
    }

    // How a resident asks or speaks of themself; a sender's notice does neither.
    private static readonly string[] ResidentQuestionWords =
        ["bao gio", "the nao", "lam sao", "o dau", "khi nao", "ntn", "co phai", "duoc khong", "duoc ko", "co duoc", "phai khong", "hay khong",
         "cho ai", "bao nhieu", "nhu nao", "ra sao", "co nen", "nen lam", "phai lam", "tai sao", "vi sao", "can gi", "can mang",
         "chua thay", "van chua", "ma chua", "bao lau", "lam gi", "gi tiep", "gi nua", "tiep theo", "i", "my", "me", "how", "what", "where", "when", "why", "should", "can i", "do i"];

    /// <summary>
    /// The resident speaking of themself ("tôi", "mình"). Read with its marks when it has them: folded, "xác minh" and
    /// "tới trụ sở" — a notice's own words — would say "minh" and "toi" too.
    /// </summary>
    private static bool SaysI(string text)
    {
        // "Chúng tôi" is the sender speaking ("Chúng tôi là cán bộ …, hồ sơ của bạn …"), not the resident.
        var lower = (" " + string.Join(' ', text.Normalize().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '!', '?', '"', '(', ')'))) + " ")
            .Replace(" chúng tôi ", " ", StringComparison.Ordinal).Replace(" chung toi ", " ", StringComparison.Ordinal);
        var marked = lower.Any(c => c > 'z' && char.IsLetter(c));
        return marked
            ? lower.Contains(" tôi ", StringComparison.Ordinal) || lower.Contains(" mình ", StringComparison.Ordinal)
            : lower.Contains(" toi ", StringComparison.Ordinal) || lower.Contains(" minh ", StringComparison.Ordinal);
    }

    private static readonly string[] ResidentEndings = ["khong", "ko", "k", "chua", "a", "vay", "nhi", "sao", "gi", "z", "hong", "ha", "hok", "nao", "chu"];


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
    internal static bool IsReported(string text) => ReportedRule(text) is not null;

    private static string? ReportedRule(string text)
    {
        if (WordCounter.Count(text) < MinReportedWords)
        {
            return null;
        }

        var folded = " " + VietnameseText.Fold(text) + " "; // punctuation folds to single spaces
        var asked = WithoutFalseDung(text, folded);
        var genuine = Has(asked, GenuineQuestionWords);
        if (!(genuine || Has(folded, ScamQuestionWords)) || Has(folded, HowToTellWords))
        {
            return null;
        }

        // Round 10: a message of the resident's own procedure, asked only what it means ("Tôi đã đăng ký mức 2 …, hôm nay
        // nhận thông báo trên app VNeID là hồ sơ bị từ chối, là sao vậy"), is a question about what comes after the step.
        if (!Has(asked, DoubtWords) && OwnStepOutcome.Tells(folded))
        {
            return null;
        }

        // A call told in words has nothing to judge: no number, no text ("số lạ gọi xưng công an bảo ông bà liên quan
        // vụ án, có đúng không"). It is a scam situation described, the scams topic's business.
        if (Has(folded, CallWords) && !Has(folded, MessageWords))
        {
            // Round 8: a call the resident received, retold with the day or amount it named and asked whether it is
            // genuine ("ngân hàng gọi báo thẻ ATM của tôi hết hạn ngày 30/6 … có thật không"), has something to judge.
            // Only "is it real?" counts here: "có sao không", "là sao" after a call are a victim's or a worried resident's.
            return Has(folded, AuthenticityWords) && HasDigit(text) && KindOfMessageQuestion.ShowsOne(text) && !KindOfMessageQuestion.Asks(text)
                ? "retold-call-with-date"
                : null;
        }

        // The message shows by its sender's tag, or by being mentioned in its sender's own voice; asked whether it
        // is genuine, being mentioned or its sender's voice alone is enough.
        // "nhắn" (texted) written with its marks is never "nhận" (received): "bên nước nhắn hóa đơn tháng này 87 nghìn".
        var reported = Has(folded, ReportWords) || text.Normalize().Contains("nhắn", StringComparison.OrdinalIgnoreCase);
        var voice = Has(folded, SenderVoiceWords);
        return HasSenderTag(text) && !OpensInResidentsVoice(text) ? "reported-sender-tag"
            : reported && voice ? "reported-mentioned-in-senders-voice"
            : genuine && reported ? "reported-mentioned-asked-genuine"
            : genuine && voice ? "reported-senders-voice-asked-genuine"
            // Round 7: asked only whether it is a scam, a message retold with its amount, date or code is specific enough
            // ("nhà mạng nhắn … mang căn cước ra cửa hàng trước ngày 20 … có phải lừa không").
            : reported && HasDigit(text) ? "reported-with-digit-asked-scam"
            : null;

    }

    /// <summary>
    /// After the first colon the resident speaks of themself ("VNeID: tài khoản của tôi bị khóa thì …, có đúng là …"):
    /// a name and a colon before the resident's own question, not a sender's tag before its message.
    /// </summary>
    private static bool OpensInResidentsVoice(string text)
    {
        var colon = text.IndexOf(':');
        var after = colon < 0 ? text : text[(colon + 1)..];
        return SaysI(string.Join(' ', after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(OpeningWords)));
    }

    // How many words after a tag show whose voice it is.
    private const int OpeningWords = 6;

    /// <summary>A sender's tag, not the resident's own lead-in ("Cho hỏi:", "Em hỏi chút:", "Tôi hỏi:").</summary>
    private static bool HasSenderTag(string text)
    {
        foreach (System.Text.RegularExpressions.Match tag in SenderTag().Matches(text))
        {
            var words = VietnameseText.Fold(tag.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(w => LeadInWords.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    // Words of a resident introducing their own question: who asks, and asking.
    private static readonly HashSet<string> LeadInWords =
        ["hoi", "toi", "em", "minh", "chau", "con", "cho", "xin", "giup", "nho", "ad", "admin", "question", "ask", "help"];

    /// <summary>A sender's tag as messages start ("BHXH thông báo:", "Lịch hẹn:") or carry ("SD:", "KM:").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[\p{L}\p{N} /]{2,30}:|\b\p{Lu}{2,}\p{L}*\s*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SenderTag();
}
