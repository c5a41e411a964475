using Bot.Host.Tests.Support;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bot.Host.Tests.WebChat;

/// <summary>A resident on a phone taps "send a photo", picks a screenshot of a scam SMS, and reads the verdict.</summary>
public sealed class WebChatPhotoPageTests
{
    [Fact]
    public async Task AResidentSendsAScreenshotFromThePhotoButtonAndSeesTheVerdict()
    {
        // A generous read time limit: this test is about the page, and the test machine runs Chromium beside tesseract.
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.FixtureContent, "--Ocr:ReadTimeout", "00:02:00"]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var shot = Path.Combine(Directory.CreateTempSubdirectory("webchat-photo-").FullName, "Screenshot_20261204.png");
        try
        {
            // A real screenshot: the SMS screen drawn by the same Chromium at a phone's width.
            var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 420 } });
            await phone.SetContentAsync(PhoneScreenshots.SmsHtml("Điện lực",
                "Điện lực thông báo: Quý khách nợ tiền điện 2 kỳ. Hệ thống sẽ ngừng cấp điện lúc 20:00 hôm nay. Thanh toán ngay tại evn-thanhtoan.top để tránh bị cắt điện."));
            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = shot });

            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 }, HasTouch = true, IsMobile = true });
            await page.GotoAsync(bot.BaseAddress.ToString());
            await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Bạn cần gì?", new() { Timeout = 30_000 });

            var photoButton = page.GetByRole(AriaRole.Button, new() { Name = "Ảnh chụp màn hình tin nhắn đáng ngờ" });
            var box = await photoButton.BoundingBoxAsync();
            Assert.True(box!.Height >= 44 && box.Width >= 44, $"photo button {box.Width}×{box.Height}px"); // big enough for elderly fingers
            var chooser = await page.RunAndWaitForFileChooserAsync(() => photoButton.ClickAsync());
            Assert.Contains("image/jpeg", await page.Locator("#photo").GetAttributeAsync("accept"));
            await chooser.SetFilesAsync(shot);

            await Assertions.Expect(page.Locator(".msg.me img").Last).ToBeVisibleAsync();
            var verdict = page.Locator(".msg.bot").Last;
            try
            {
                await Assertions.Expect(verdict).ToContainTextAsync("Tin nhắn trong ảnh nói", new() { Timeout = 90_000 });
            }
            catch (PlaywrightException ex)
            {
                // Say why (refused, timed out under load…): the reader logs the outcome, never the text.
                throw new Xunit.Sdk.XunitException(ex.Message + "\nreader's log: " + string.Join("\n", bot.Output.Where(l => l.Contains("Screenshot") || l.Contains("Photo"))));
            }

            await Assertions.Expect(verdict).ToContainTextAsync("evn-thanhtoan.top");
            await Assertions.Expect(verdict).ToContainTextAsync(new Regex("Nguy cơ lừa đảo: (CAO|TRUNG BÌNH)"));
            await Assertions.Expect(verdict.GetByRole(AriaRole.Button, new() { Name = "Báo cáo" })).ToHaveCountAsync(1);

            // Neither the picture nor what was read is written to the operator's log.
            Assert.DoesNotContain(bot.Output, line => line.Contains("thanhtoan", StringComparison.OrdinalIgnoreCase) || line.Contains("tiền điện"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(shot)!, recursive: true);
        }
    }
}
