using Bot.Dialogs.Text;
using static Bot.Fraud.Chat.FoldedPhrases;

namespace Bot.Fraud.Chat;

/// <summary>
/// Tells a question about a <em>kind</em> of message or call ("mấy tin nhắn báo trúng thưởng là thật hay giả",
/// "nếu có tin nhắn báo tài khoản bị khóa thì có đúng không", "số lạ gọi xưng công an thì có thật không") from a
/// <em>specific</em> message the resident received and retells ("sáng nay có tin nhắn báo tôi được nhận 2 triệu ở
/// bưu điện, có thật không"). The first has nothing concrete to judge, so it is a question about scams and never a
/// verdict (issue 14: no plain question gets a scam verdict); only the second is checked.
/// </summary>
/// <remarks>
/// It only ever takes a check away, and only from the signals that rest on wording (a retold message, text after
/// "tin nhắn:", a quotation of what scammers "usually say"); a link, a phone number or a forwarded message is concrete
/// whatever is said around it. A specific message shows itself by what only a received one has: an amount, a date
/// or a code (any digit), a pointer to it ("tin này", "cái này", "this message"), when it came ("sáng nay",
/// "vừa nhận") or whom it names ("của tôi", "cho mẹ em"). A kind shows itself by a hypothesis ("nếu", "khi"), a
/// plural or a type ("mấy tin", "những cuộc gọi", "loại tin", "kiểu"), a habit ("thường", "hay gửi", "có bao giờ"),
/// hearsay ("nghe nói"), a general "… thì có phải …" or by asking how to tell. A hypothesis that opens the question
/// outweighs everything but a pointer to the message; the other kind markers outweigh nothing specific. Asking where
/// or how to send a message ("… thì gửi vào đâu") means it has not been given yet: nothing to judge either.
/// </remarks>
internal static class KindOfMessageQuestion
{
    // A hypothesis: the message has not come ("nếu có tin nhắn…", "khi nhận được cuộc gọi…", "lỡ", "if", "when").
    private static readonly string[] Hypothesis =
        ["neu", "lo nhu", "gia su", "khi nhan", "khi co", "khi thay", "khi ai", "if", "when", "suppose"];

    // A plural, a type, a habit or hearsay: messages of a kind, not one message.
    private static readonly string[] KindWords =
        ["nhung tin", "may tin", "cac tin", "may cai tin", "nhung cai tin", "loai tin", "kieu tin", "dang tin", "tin kieu", "tin dang",
         "tin nhu vay", "tin nhu the", "tin nhu nay", "kieu nhu", "loai nay", "nhung cuoc goi", "may cuoc goi", "cac cuoc goi", "loai cuoc goi",
         "kieu goi", "thuong la", "thuong hay", "thuong noi", "thuong nhan", "thuong gui", "hay gui", "hay nhan", "hay goi", "hay noi", "hay bao",
         "ke gian thuong", "bon lua dao", "scammers", "co bao gio", "bao gio cung", "nao cung", "nghe noi",
         "nghe bao", "tren mang", "tren tivi", "tren tv", "tren bao", "messages", "texts", "calls", "usually", "always", "ever"];

    // "… thì có phải / có thật / có đúng …": the resident sets out a case and asks about it in general.
    private static readonly string[] GeneralCase =
        ["thi co phai", "thi co that", "thi co dung", "thi co tin", "thi that hay", "thi la that", "thi la lua", "thi lua", "thi co lua"];

    // Asking how to tell, in general.
    private static readonly string[] HowToTell =
        [.. ScamCheckRecognizer.HowToTellWords, "lam sao de biet", "lam the nao de biet", "cach kiem tra", "how do you know"];

    // Asking where or how to send it: the message is still on the resident's phone, not in this chat ("tôi nhận được
    // một tin nhắn đáng ngờ, muốn nhờ xem giúp thì gửi vào đâu"). Nothing to judge yet; the scams topic says how.
    private static readonly string[] WhereToSend =
        ["gui vao dau", "gui o dau", "gui di dau", "gui len dau", "gui qua dau", "gui den dau", "gui cho ai", "gui the nao", "gui nhu the nao",
         "gui ntn", "gui lam sao", "gui bang cach nao", "gui ra sao", "gui duoc khong", "gui duoc ko", "gui dc ko", "gui dc khong",
         "dan vao dau", "dan o dau", "chuyen tiep vao dau", "chuyen tiep cho ai", "where do i send", "where can i send", "where to send",
         "how do i send", "how can i send", "can i send you", "can i forward"];

    // A pointer to the one message, or when it came: it is in front of the resident.
    private static readonly string[] Pointer =
        ["tin nay", "cai nay", "thu nay", "tin nhan nay", "sms nay", "email nay", "mail nay", "cuoc goi nay", "so nay",
         "this message", "this text", "this email", "this sms", "this one", "this call"];

    // When it came, or whom it names: a message that arrived, about someone.
    private static readonly string[] Received =
        ["sang nay", "trua nay", "chieu nay", "toi nay", "dem qua", "toi qua", "hom nay", "hom qua", "vua roi", "luc nay", "ban nay", "vua nhan",
         "moi nhan", "vua co", "moi co", "toi nhan", "minh nhan", "em nhan", "me nhan", "bo nhan", "ba nhan", "ong nhan", "cua toi", "cho toi",
         "cua me", "cho me", "cua bo", "cho bo", "cua minh", "cho minh", "cua em", "cho em", "cua ong", "cho ong", "cua ba", "cho ba",
         "cua con", "cua chau", "hoi sang", "hoi chieu", "hoi trua", "i got", "i received", "i just got", "got a text",
         "got this", "received this", "sent me", "my phone",
         // When it asks the reader to act: a message sets a day ("tuần sau xã chi tiền … mang sổ hộ nghèo").
         "tuan sau", "tuan toi", "ngay mai", "sang mai", "chieu mai", "thang sau"];

    // How official and commercial senders write and residents do not ("quý khách", "vui lòng", "trân trọng"). "Thông
    // báo", "đề nghị", "ông bà" are not here: residents say them too ("tin nhắn thông báo phạt nguội có thật không").
    private static readonly string[] SendersOwnWords =
        ["quy khach", "kinh gui", "kinh moi", "moi ong", "moi ba", "vui long", "tran trong", "xin cam on", "cua ban", "so du",
         "vnd", "dear", "your", "please", "has been", "thank you for"];

    /// <summary>
    /// True when <paramref name="text"/> shows one message the resident received: an amount, date or code (a digit), a
    /// pointer to it, when it came or whom it names, or its sender's own words, or it opens as its sender announcing it
    /// ("Bưu điện xã thông báo chi trả …").
    /// </summary>
    public static bool ShowsOne(string text)
    {
        var folded = LeadIn(" " + VietnameseText.Fold(text) + " ");
        return HasDigit(text) || Has(folded, Pointer) || Has(folded, Received) || Has(folded, SendersOwnWords) || SenderNotice.Opens(text);
    }

    /// <summary>True when <paramref name="text"/> asks about a kind of message or call rather than one it received.</summary>
    public static bool Asks(string text)
    {
        // Round 8: a story of one message that ends by asking about its kind ("… nó nhắn cho tôi báo trúng thưởng … Loại
        // tin như vậy có thật bao giờ không?"). Its question is general, and nothing of the message was given to judge.
        var asked = " " + VietnameseText.Fold(LastSentence(text)) + " ";
        if (!HasDigit(text) && Has(asked, KindWords) && !Has(asked, Pointer))
        {
            return true;
        }

        var folded = LeadIn(" " + VietnameseText.Fold(text) + " ");
        if (Has(folded, Pointer))
        {
            return false;
        }

        // Only where the resident's question opens: inside a message "nếu" is the sender's ("nếu không xác minh, tài
        // khoản sẽ bị khóa").
        if (Has(Opening(folded), Hypothesis))
        {
            return true;
        }

        // Asking where to send it, with nothing of it retold (no amount, date or code): the message has not been given.
        if (Has(folded, WhereToSend) && !HasDigit(text))
        {
            return true;
        }

        var kind = Has(folded, KindWords) || Has(folded, GeneralCase) || Has(folded, HowToTell);
        return kind && !HasDigit(text) && !Has(folded, Received);
    }

    /// <summary>Fewest words inside quotation marks for them to be a whole message rather than a phrase of a script.</summary>
    /// <remarks>Round 8: the phrases residents quote ran 7–13 words; the shortest whole message quoted without a link or digit in the development set, 19.</remarks>
    public const int MinWholeQuoteWords = 15;

    /// <summary>
    /// True when the quotation in <paramref name="text"/> (<paramref name="quotedWords"/> words at most) is a phrase of a
    /// script the resident heard of, not a message in front of them: 'tin nhắn "tài khoản của bạn liên quan đường dây rửa
    /// tiền" là thật hay lừa'. A whole message runs longer, and one received shows an amount, date or code, a pointer
    /// ("tin này") or when it came and to whom ("sáng nay", "cho mẹ tôi").
    /// </summary>
    public static bool QuotesOnlyAPhrase(string text, int quotedWords)
    {
        if (quotedWords >= MinWholeQuoteWords || HasDigit(text))
        {
            return false;
        }

        var folded = LeadIn(" " + VietnameseText.Fold(text) + " ");
        return !Has(folded, Pointer) && !Has(folded, Received);
    }

    /// <summary>The text after the last full stop, exclamation mark or line break before its end (the asked sentence).</summary>
    private static string LastSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('?', '.', '!', ' ');
        var end = trimmed.LastIndexOfAny(['.', '!', '?', '\n']);
        return end < 0 ? trimmed : trimmed[(end + 1)..];
    }

    // "Cho tôi hỏi", "cho em biết" open a question; they name nobody a message was about.
    private static string LeadIn(string folded)
    {
        foreach (var who in LeadInWho)
        {
            foreach (var verb in LeadInVerb)
            {
                folded = folded.Replace(" cho " + who + " " + verb + " ", " " + verb + " ", StringComparison.Ordinal);
            }
        }

        return folded;
    }

    private static readonly string[] LeadInWho = ["toi", "minh", "em", "me", "bo", "chau", "con"];

    private static readonly string[] LeadInVerb = ["hoi", "biet", "xin", "xem"];

    /// <summary>The first <see cref="OpeningWords"/> words, space-padded like <paramref name="folded"/>.</summary>
    private static string Opening(string folded)
    {
        var end = 0;
        for (var words = 0; words < OpeningWords && end >= 0; words++)
        {
            end = folded.IndexOf(' ', end + 1);
        }

        return end < 0 ? folded : folded[..(end + 1)];
    }

    private const int OpeningWords = 5;
}
