using Bot.Benchmarks.Ocr;
using Bot.Fraud.Analysis;
using Bot.Ocr.Tests.Support;
using SkiaSharp;

namespace Bot.Ocr.Tests;

/// <summary>
/// The real tesseract (vie+eng) on phone screenshots that Debian's Chromium draws: what a resident sends is
/// read with its diacritics, without the phone's chrome, and with cut links whole, so the scam check sees the message.
/// </summary>
public class ScreenshotReadingTests : IClassFixture<ChromiumFixture>
{
    private static readonly FraudAnalyzer Analyzer = Readers.Analyzer();
    private readonly ChromiumFixture _chromium;

    public ScreenshotReadingTests(ChromiumFixture chromium) => _chromium = chromium;

    [Fact]
    public async Task SmsScreenshotIsReadWithDiacriticsAndWithoutThePhoneChrome()
    {
        var message = new ScreenshotMessage(true, "sms", "VNeID-TB",
            ["Tài khoản định danh của ông sẽ bị khóa sau 24 giờ.", "Ông đăng nhập vneid-xacminh.top để giữ tài khoản."]);
        using var reader = Readers.Real();

        var result = await reader.ReadAsync(await Render(message, "sms", 390, 2f));

        Assert.Equal(OcrStatus.Read, result.Status);
        Assert.Contains("bị khóa sau 24 giờ", result.Text, StringComparison.Ordinal);
        Assert.Contains("vneid-xacminh.top", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tin nhắn văn bản", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("%", result.Text, StringComparison.Ordinal); // battery
        Assert.Equal(RiskLevel.High, Analyzer.Analyze(result.Text).Risk);
    }

    [Fact]
    public async Task LinkLongerThanTheBubbleIsRebuiltFromItsPieces()
    {
        var message = new ScreenshotMessage(true, "sms", "CSGT",
            ["Phạt nguội: tra cứu và nộp phạt tại https://tracuu-phatnguoi-csgt-vn.top/nop-phat trước 17h hôm nay."]);
        using var reader = Readers.Real();

        var result = await reader.ReadAsync(await Render(message, "sms", 360, 2f));

        Assert.Contains("tracuu-phatnguoi-csgt-vn.top", Analyzer.Analyze(result.Text).Domains);
    }

    [Fact]
    public async Task DarkThemeZaloChatIsRead()
    {
        var message = new ScreenshotMessage(true, "zalo", "Phòng Cảnh sát",
            ["Anh có liên quan đến một vụ án rửa tiền.", "Anh chuyển toàn bộ tiền vào tài khoản an toàn để xác minh, không được nói với ai."]);
        using var reader = Readers.Real();

        var result = await reader.ReadAsync(await Render(message, "zalo", 412, 3f, dark: true));

        Assert.Contains("rửa tiền", result.Text, StringComparison.Ordinal);
        Assert.Contains("tài khoản an toàn", result.Text, StringComparison.Ordinal);
        var lines = result.Text.Split('\n');
        Assert.True(lines.Any(l => l.Contains("rửa tiền", StringComparison.Ordinal)) && lines.Any(l => l.StartsWith("Anh chuyển", StringComparison.Ordinal)), result.Text + "\n---\n" + result.RawText); // two bubbles, two lines
    }

    [Fact]
    public async Task PhotoOfTheScreenSentAsWebPIsRead()
    {
        var message = new ScreenshotMessage(true, "sms", "Dien luc",
            ["Điện lực thông báo: nhà bạn sẽ bị cắt điện tối nay.", "Quét mã QR trong ảnh để thanh toán ngay."]);
        using var reader = Readers.Real();
        var jpeg = await Render(message, "sms", 390, 2f, photographed: true);

        var result = await reader.ReadAsync(Images.Reencode(jpeg, SKEncodedImageFormat.Webp, 85));

        Assert.Equal(OcrStatus.Read, result.Status);
        Assert.Contains("cắt điện", result.Text, StringComparison.Ordinal);
        Assert.True(Analyzer.Analyze(result.Text).Risk >= RiskLevel.Medium, result.Text);
    }

    [Fact]
    public async Task PictureWithoutWritingHasNoText()
    {
        using var reader = Readers.Real();

        var result = await reader.ReadAsync(Images.WithoutText(720, 1280));

        Assert.Equal(OcrStatus.NoText, result.Status);
        Assert.Equal("", result.Text);
    }

    private Task<byte[]> Render(ScreenshotMessage message, string app, int width, float scale, bool dark = false, bool photographed = false)
    {
        var height = ScreenshotVariant.Phones.First(p => p.Width == width).Height;
        return _chromium.Renderer.RenderAsync(message, new ScreenshotVariant(app, width, height, scale, dark, photographed, Jpeg: photographed, WithReply: false), 3);
    }
}
