using Bot.Ocr.Tesseract;
using Bot.Ocr.Text;

namespace Bot.Ocr.Tests;

/// <summary>
/// The joiner on word boxes laid out as tesseract reports them for a 1080 × 2400 screenshot: what the scam
/// check receives must be the message, with links and numbers whole and the phone's chrome gone.
/// </summary>
public class ScreenshotTextJoinerTests
{
    private const int LineHeight = 40;

    [Fact]
    public void LinkCutAfterItsHyphenIsGluedBack()
    {
        var text = Join(
            Line(1, 1, 900, "Anh", "cài", "bản", "cập", "nhật", "tại", "vneid-"),
            Line(1, 2, 900, "capnhat.top", "giúp", "em."));

        Assert.Equal("Anh cài bản cập nhật tại vneid-capnhat.top giúp em.", text);
    }

    [Fact]
    public void LinkCutInTheMiddleOfItsEndingIsGluedBack()
    {
        var text = Join(
            Line(1, 1, 900, "Tra", "cứu", "tại:", "https://csgt-tracuu.i"),
            Line(1, 2, 900, "cu/nop", "trước", "17h00."));

        Assert.Equal("Tra cứu tại: https://csgt-tracuu.icu/nop trước 17h00.", text);
    }

    [Fact]
    public void CallForwardingCodeCutAtTheLineEndIsGluedBack()
    {
        var text = Join(
            Line(1, 1, 900, "Để", "giữ", "số,", "bấm", "*21*07982"),
            Line(1, 2, 900, "25016#", "rồi", "nhấn", "gọi."));

        Assert.Equal("Để giữ số, bấm *21*0798225016# rồi nhấn gọi.", text);
    }

    [Fact]
    public void PhoneNumberWrappedBetweenItsGroupsKeepsItsSpaces()
    {
        var text = Join(
            Line(1, 1, 900, "Liên", "hệ", "ngay", "NV", "Phương", "0889", "102"),
            Line(1, 2, 900, "457", "để", "thanh", "toán."));

        Assert.Equal("Liên hệ ngay NV Phương 0889 102 457 để thanh toán.", text);
    }

    [Fact]
    public void CompleteLinkAtTheEndOfAShortLineIsNotGluedToTheNextLine()
    {
        // The first line ends well before the bubble's right edge: the sender broke the line, nothing was cut.
        var text = Join(
            Line(1, 1, 500, "Xem", "tại", "dichvucong.gov.vn"),
            Line(1, 2, 900, "hoặc", "gọi", "1900", "0368", "khi", "cần", "hỗ", "trợ", "thêm."));

        Assert.Equal("Xem tại dichvucong.gov.vn hoặc gọi 1900 0368 khi cần hỗ trợ thêm.", text);
    }

    [Fact]
    public void StatusBarHeaderChromeAndReceiptsAreDropped()
    {
        var page = Page(
            Word(1, 1, 1, 30, 20, "14:49"), Word(1, 1, 1, 120, 20, "Viettel"), Word(1, 1, 1, 800, 20, "4G"), Word(1, 1, 1, 860, 20, "wil"), Word(1, 1, 1, 920, 20, "31%"),
            Word(2, 1, 1, 40, 150, "T", 40), Word(2, 1, 1, 180, 150, "Thông"), Word(2, 1, 1, 330, 150, "báo"),
            Word(3, 1, 1, 400, 330, "Hôm"), Word(3, 1, 1, 480, 330, "nay"), Word(3, 1, 1, 560, 330, "13:49"),
            Word(4, 1, 1, 60, 500, "Tài"), Word(4, 1, 1, 160, 500, "khoản"), Word(4, 1, 1, 300, 500, "bị"), Word(4, 1, 1, 360, 500, "khóa."),
            Word(5, 1, 1, 60, 600, "13:50", 20),
            Word(6, 1, 1, 900, 700, "Đã"), Word(6, 1, 1, 960, 700, "xem"),
            Word(7, 1, 1, 30, 2300, "©", 20), Word(7, 1, 1, 120, 2300, "Tin"), Word(7, 1, 1, 200, 2300, "nhắn"), Word(7, 1, 1, 300, 2300, "văn"), Word(7, 1, 1, 380, 2300, "bản"), Word(7, 1, 1, 1000, 2300, ">", 20));

        Assert.Equal("Thông báo\nTài khoản bị khóa.", ScreenshotTextJoiner.Join(page));
    }

    [Fact]
    public void TimeInsideTheMessageIsKept()
    {
        var text = Join(Line(1, 1, 900, "Hệ", "thống", "ngừng", "cấp", "điện", "lúc", "20:00"));

        Assert.Equal("Hệ thống ngừng cấp điện lúc 20:00", text);
    }

    [Fact]
    public void EachBubbleStaysOnItsOwnLine()
    {
        var page = Page(
            Word(1, 1, 1, 60, 500, "Mẹ"), Word(1, 1, 1, 140, 500, "ơi"), Word(1, 1, 1, 220, 500, "con"), Word(1, 1, 1, 300, 500, "đổi"), Word(1, 1, 1, 380, 500, "Zalo."),
            Word(2, 1, 1, 60, 700, "Mẹ"), Word(2, 1, 1, 140, 700, "chuyển"), Word(2, 1, 1, 300, 700, "giúp"), Word(2, 1, 1, 400, 700, "con.")
        );

        Assert.Equal("Mẹ ơi con đổi Zalo.\nMẹ chuyển giúp con.", ScreenshotTextJoiner.Join(page));
    }

    [Fact]
    public void LinesOfOneBubbleThatTesseractSplitIntoParagraphsAreJoined()
    {
        // Same left edge, one line apart: one bubble, whatever tesseract's paragraph numbers say.
        var text = Join(
            Line(1, 1, 900, "Đăng", "nhập", "mb-sinhtrac"),
            new[] { Word(1, 2, 1, 60, 500 + LineHeight + 12, "hoc.net"), Word(1, 2, 1, 260, 500 + LineHeight + 12, "ngay.") });

        Assert.Equal("Đăng nhập mb-sinhtrachoc.net ngay.", text);
    }

    private static string Join(params OcrWord[][] lines) => ScreenshotTextJoiner.Join(Page(lines.SelectMany(l => l).ToArray()));

    /// <summary>Words of one line of a bubble starting at x = 60, the last one ending at <paramref name="right"/>.</summary>
    private static OcrWord[] Line(int block, int line, int right, params string[] words)
    {
        var top = 500 + ((line - 1) * (LineHeight + 12));
        var widths = words.Select(w => w.Length * 22).ToArray();
        var gap = words.Length > 1 ? Math.Max(10, (right - 60 - widths.Sum()) / (words.Length - 1)) : 0;
        var result = new OcrWord[words.Length];
        var x = 60;
        for (var i = 0; i < words.Length; i++)
        {
            var width = i == words.Length - 1 ? Math.Max(10, right - x) : widths[i];
            result[i] = new OcrWord(block, 1, line, x, top, width, LineHeight, 92, words[i]);
            x += width + gap;
        }

        return result;
    }

    private static OcrWord Word(int block, int paragraph, int line, int left, int top, string text, int height = LineHeight) =>
        new(block, paragraph, line, left, top, text.Length * 22, height, 90, text);

    private static TesseractPage Page(params OcrWord[] words) => new(1080, 2400, words);
}
