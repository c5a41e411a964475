using Bot.Dialogs.Text;
using static Bot.Fraud.Chat.FoldedPhrases;

namespace Bot.Fraud.Chat;

/// <summary>
/// A sender's notice pasted on one line that names its sender but carries no link, number, amount or date:
/// "VNeID thông báo tài khoản của công dân đã được nâng lên mức 2 …", "Bưu điện xã thông báo chi trả lương hưu tại …",
/// "Công an xã mời ông bà đến trụ sở …", or a scam written the same way that only asks to call back, reply or go
/// somewhere ("Tài khoản định danh của bạn đang bị tạm khóa …, vui lòng liên hệ cán bộ hỗ trợ để mở khóa").
/// </summary>
/// <remarks>
/// Residents ask about such notices in their own voice ("bưu điện chi trả lương hưu tháng này vào ngày nào",
/// "công an xã mời lên làm căn cước thì cần mang gì"); a notice speaks in its sender's. So a notice either opens with
/// its sender announcing (a name of a few words, then "thông báo", "kính mời", "đề nghị", "chi trả" …), or addresses
/// the reader ("quý khách", "ông bà", "của bạn") and tells them what to do ("vui lòng", "liên hệ", "mang theo" …).
/// The caller makes sure it asks nothing and says no "tôi" (see <see cref="ScamCheckRecognizer"/>).
/// </remarks>
internal static class SenderNotice
{
    /// <summary>Fewest words for a notice without a digit.</summary>
    public const int MinWords = 12;

    /// <summary>How many words the sender's name may take before the announcing verb ("Bưu điện văn hóa xã Tân Lập thông báo").</summary>
    private const int MaxSenderWords = 6;

    // The verb a sender announces with, right after its name.
    private static readonly string[] Announcing =
        ["thong bao", "xin thong bao", "tran trong thong bao", "kinh moi", "tran trong kinh moi", "kinh gui", "moi ong", "moi ba",
         "moi cong dan", "moi nguoi dan", "moi quy", "moi cac", "moi chu ho", "chi tra", "tran trong", "nhac lich", "nhac nho", "xin nhac",
         "informs", "notice", "announces", "reminds"];

    // Who the sender addresses: the reader, never the resident talking about themself.
    private static readonly string[] Addressing =
        ["quy khach", "khach hang", "ong ba", "ong/ba", "cong dan", "nguoi dan", "chu ho", "cua ban", "ban duoc", "ban da", "ban dang",
         "ban se", "ban can", "ban co", "ban vui long", "chung toi", "dear", "your", "you have", "you are"];

    // What the sender tells the reader to do.
    private static readonly string[] Telling =
        ["vui long", "de nghi", "yeu cau", "lien he", "lien lac", "mang theo", "tra loi", "phan hoi", "goi lai", "soan tin", "truy cap",
         "den nhan", "den tru so", "den chi nhanh", "den ngay", "co mat", "khong cung cap", "khong chia se", "tran trong", "xin cam on",
         "de duoc", "xac minh lai", "xac thuc lai", "cap nhat lai", "can xac minh", "can xac thuc", "hay lien he", "hay tra loi", "hay bam", "bam phim", "nhan phim", "bam so",
         "please", "contact", "reply", "call back", "visit", "verify", "do not share"];

    // What a resident says when retelling a notice in their own story, not pasting it ("nghe loa xã thông báo …",
    // "tin nhắn thông báo trợ cấp … thì bao lâu tiền mới về").
    private static readonly string[] Retelling =
        ["nghe", "loa", "co nguoi", "nguoi ta", "ho bao", "bao la", "noi la", "hom qua", "hom nay", "sang nay", "tin nhan", "tin", "nhan tin",
         "sms", "i", "we"];

    /// <summary>
    /// True when <paramref name="folded"/> (folded and padded, see <see cref="FoldedPhrases"/>) reads as a sender's notice:
    /// announced by its sender, or addressed to the reader and telling them what to do. Takes the caller's folded text
    /// so a message is folded once per test, not once per rule.
    /// </summary>
    public static bool ReadsFolded(string folded) => OpensFolded(folded) || (Has(folded, Addressing) && Has(folded, Telling));

    /// <summary>True when <paramref name="text"/> opens with a sender's name and the verb it announces with.</summary>
    public static bool Opens(string text) => OpensFolded(" " + VietnameseText.Fold(text) + " ");

    private static bool OpensFolded(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opening = " " + string.Join(' ', words.Take(MaxSenderWords + 2)) + " ";
        foreach (var verb in Announcing)
        {
            var at = opening.IndexOf(" " + verb + " ", StringComparison.Ordinal);
            // The sender's name comes first: at least one word before the verb, none of them a resident retelling.
            if (at > 0 && opening[..(at + 1)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSenderWords
                && !Has(opening[..(at + 1)], Retelling))
            {
                return true;
            }
        }

        return false;
    }
}
