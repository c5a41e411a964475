using System.Text.RegularExpressions;
using Bot.Dialogs.Text;

namespace Bot.Fraud.Tests.Evaluation;

/// <summary>
/// Sorts a labelled message into the kinds issue #15 names, only to print results per kind.
/// </summary>
/// <remarks>
/// Deliberately crude and independent of content/fraud: it looks at surface words (a QR, an MMI
/// code, a "+" number, "Telegram") so the breakdown does not flatter the rules it reports on. The
/// first kind that matches wins, in the order listed. Per-kind numbers on small sets are a hint, not
/// a verdict.
/// </remarks>
internal static partial class ScamCategory
{
    public static readonly string[] ScamKinds =
        ["call forwarding code", "QR code", "overseas number", "bank biometrics", "police on Zalo", "recovery", "task / CTV job", "SIM lock", "older kinds"];

    public static readonly string[] LegitKinds = ["official warning", "number from abroad", "code or bank notice", "everyday"];

    [GeneratedRegex(@"[*#]{1,2}\d{2,3}[*#]")]
    private static partial Regex MmiCode();

    [GeneratedRegex(@"\+\s?(?!84)\d")]
    private static partial Regex ForeignNumber();

    [GeneratedRegex(@"\+\s?\d")]
    private static partial Regex AnyInternationalNumber();

    public static string Of(LabelledMessage message)
    {
        var text = " " + VietnameseText.Fold(message.Text) + " ";
        bool Has(params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
        if (!message.IsScam)
        {
            return Has("canh bao", "khuyen cao", "canh giac", "lua dao", "gia danh", "mao danh", "ke gian", "doi tuong", "tuyet doi khong", "khong bao gio")
                ? "official warning"
                : AnyInternationalNumber().IsMatch(message.Text) ? "number from abroad"
                : Has("otp", "ma xac thuc", "ma kich hoat", "verification code", "so du", " sd ", "giao dich") ? "code or bank notice"
                : "everyday";
        }

        return MmiCode().IsMatch(message.Text) || Has("chuyen tiep cuoc goi", "chuyen huong cuoc goi") ? "call forwarding code"
            : Has(" qr ") ? "QR code"
            : ForeignNumber().IsMatch(message.Text) ? "overseas number"
            : Has("sinh trac", "khuon mat", "quet mat", "ekyc", "faceid") ? "bank biometrics"
            : Has("zalo") && Has("cong an", "canh sat", "dieu tra", "thieu ta", "trung ta", "dai uy", "police") ? "police on Zalo"
            : Has("lay lai", "thu hoi tai san", "thu hoi tien", "hoan tra", "bi lua", "nan nhan") ? "recovery"
            : Has("telegram", "nhiem vu", " ctv ", "cong tac vien", "tuyen dung", "viec nhe") ? "task / CTV job"
            : Has(" sim ", "thue bao", " 5g ", "esim", "nha mang") ? "SIM lock"
            : "older kinds";
    }
}
