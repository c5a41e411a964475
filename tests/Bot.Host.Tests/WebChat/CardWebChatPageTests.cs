using Bot.Host.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Host.Tests.WebChat;

/// <summary>In the web chat a resident opens a procedure card and finds their commune police's number as a link that dials it.</summary>
public sealed class CardWebChatPageTests
{
    [Fact]
    public async Task AResidentReadsACardThenChoosesTheirCommuneAndGetsACallLink()
    {
        var versions = Path.Combine(Path.GetTempPath(), "webchat-cards-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.CardContent, "--Content:VersionsPath", versions]);
            var (playwright, browser) = await Chromium.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
            await page.GotoAsync(bot.BaseAddress.ToString());
            await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Xin chào!"); // the greeting is in before anything is typed

            await Ask(page, "thue tro co phai dang ky tam tru khong");
            await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("📋 Đăng ký tạm trú");
            await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "Lệ phí, thời gian" }).ClickAsync();
            await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("7.000 đồng");

            await Ask(page, "so dien thoai cong an phuong");
            await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "📍 Chọn xã, phường của bạn" }).ClickAsync();
            await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("Bạn ở xã, phường nào?");
            await Ask(page, "mau mot");

            var answer = page.Locator(".msg.bot").Last;
            await Assertions.Expect(answer).ToContainTextAsync("☎ Điện thoại: 0241 234 5678");
            var call = answer.Locator("a.chip[href^='tel:']");
            await Assertions.Expect(call).ToHaveAttributeAsync("href", "tel:+842412345678");
            await Assertions.Expect(call).ToContainTextAsync("📞 Gọi 0241 234 5678");
        }
        finally
        {
            if (Directory.Exists(versions))
            {
                Directory.Delete(versions, recursive: true);
            }
        }
    }

    private static async Task Ask(IPage page, string text)
    {
        var before = await page.Locator(".msg.bot").CountAsync();
        await page.GetByLabel("Nhập câu hỏi").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.me .text").Last).ToHaveTextAsync(text);
        await Assertions.Expect(page.Locator(".msg.bot")).Not.ToHaveCountAsync(before);
    }
}
