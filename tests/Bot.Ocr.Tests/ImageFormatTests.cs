using Bot.Benchmarks.Ocr;
using Bot.Ocr.Tests.Support;
using SkiaSharp;

namespace Bot.Ocr.Tests;

/// <summary>The format comes from the bytes, not from what the sender claims; the size from the header, before decoding.</summary>
public class ImageFormatTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _chromium;

    public ImageFormatTests(ChromiumFixture chromium) => _chromium = chromium;

    [Fact]
    public async Task ScreenshotsInEveryAcceptedFormatAreRecognisedWithTheirSize()
    {
        var message = new ScreenshotMessage(true, "sms", "VNeID", ["Tài khoản của bạn sẽ bị khóa."]);
        var png = await _chromium.Renderer.RenderAsync(message, new ScreenshotVariant("sms", 360, 800, 1, false, false, Jpeg: false, WithReply: false), 1);
        var jpeg = await _chromium.Renderer.RenderAsync(message, new ScreenshotVariant("sms", 390, 844, 1.5f, false, false, Jpeg: true, WithReply: false), 1);
        var lossyWebP = Images.Reencode(png, SKEncodedImageFormat.Webp, 80);
        var losslessWebP = Images.Reencode(png, SKEncodedImageFormat.Webp, 100);

        Assert.Equal(ImageFormat.Png, ImageFormatSniffer.Detect(png));
        Assert.Equal(ImageFormat.Jpeg, ImageFormatSniffer.Detect(jpeg));
        Assert.Equal(ImageFormat.WebP, ImageFormatSniffer.Detect(lossyWebP));
        Assert.Equal(ImageFormat.WebP, ImageFormatSniffer.Detect(losslessWebP));
        Assert.Equal(new ImageSize(360, 800), ImageSize.Read(png, ImageFormat.Png));
        Assert.Equal(new ImageSize(585, 1266), ImageSize.Read(jpeg, ImageFormat.Jpeg));
        Assert.Equal(new ImageSize(360, 800), ImageSize.Read(lossyWebP, ImageFormat.WebP));
        Assert.Equal(new ImageSize(360, 800), ImageSize.Read(losslessWebP, ImageFormat.WebP));
    }

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("%PDF-1.7")]
    [InlineData("<svg xmlns=")]
    [InlineData("RIFF\0\0\0\0WAVE")]
    [InlineData("")]
    public void OtherFilesAreNotImages(string start) =>
        Assert.Null(ImageFormatSniffer.Detect(System.Text.Encoding.ASCII.GetBytes(start + "\0\0\0\0\0\0\0\0\0\0\0\0")));

    [Fact]
    public void AHeaderCutShortHasNoSize()
    {
        var png = Images.WithoutText(20, 20);

        Assert.Null(ImageSize.Read(png.AsSpan(0, 18), ImageFormat.Png));
        Assert.Null(ImageSize.Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00], ImageFormat.Jpeg));
        Assert.Equal(new ImageSize(60_000, 60_000), ImageSize.Read(Images.PngClaiming(60_000, 60_000), ImageFormat.Png));
    }
}
