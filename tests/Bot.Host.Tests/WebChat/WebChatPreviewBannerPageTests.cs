using Bot.Host.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Host.Tests.WebChat;

/// <summary>An editor previewing a draft sees a refused save on the page they are looking at, not only in the server log.</summary>
public sealed class WebChatPreviewBannerPageTests
{
    [Fact]
    public async Task ABrokenSaveShowsABannerWithItsErrorsAndTheVersionStillServedAndAFixRemovesIt()
    {
        var draft = Directory.CreateTempSubdirectory("webchat-draft-").FullName;
        var versions = Directory.CreateTempSubdirectory("webchat-draft-versions-").FullName;
        try
        {
            TestFolders.Copy(RepositoryPaths.FixtureContent, draft);
            await using var bot = await HostProcess.StartAsync(["--content", draft, "--Content:VersionsPath", versions, "--Content:DebounceMilliseconds", "100"]);
            var (playwright, browser) = await Chromium.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await page.GotoAsync(bot.BaseAddress.ToString());
            await Assertions.Expect(page.Locator("#preview-badge")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Bạn cần gì?");
            var banner = page.Locator("#preview-banner");
            await Assertions.Expect(banner).ToBeHiddenAsync();
            using var http = new HttpClient { BaseAddress = bot.BaseAddress };
            var served = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/webchat/config")).RootElement.GetProperty("contentVersion").GetString()!;

            // The editor saves a step that points nowhere.
            var flow = Path.Combine(draft, "flows", "stay.yaml");
            var good = await File.ReadAllTextAsync(flow);
            Assert.Contains("goto: papers", good);
            await File.WriteAllTextAsync(flow, good.Replace("goto: papers", "goto: paper"));

            // Without reloading the page: the banner names the file and line, and the version residents still get.
            await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Assertions.Expect(banner).ToContainTextAsync("flows/stay.yaml:");
            await Assertions.Expect(banner).ToContainTextAsync("'paper'");
            await Assertions.Expect(banner).ToContainTextAsync("phiên bản " + served);
            await Assertions.Expect(banner).ToContainTextAsync(": lỗi: "); // the errors in the page's language, not the server log's English
            Assert.DoesNotContain(": error: ", await banner.InnerTextAsync(), StringComparison.Ordinal);
            var bannerBox = (await banner.BoundingBoxAsync())!;
            var headerBox = (await page.Locator("header").BoundingBoxAsync())!;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-preview-banner.png") });
            Assert.True(Math.Abs(bannerBox.Y - (headerBox.Y + headerBox.Height)) < 2, $"the banner ({bannerBox.Y}px) is right under the header ({headerBox.Y + headerBox.Height}px), where the editor looks");

            // The chat still answers from the version in force.
            await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "Thẻ căn cước" }).ClickAsync();
            await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("Bạn đã có thẻ chưa?");

            // Fixed and saved again: the banner goes away by itself.
            await File.WriteAllTextAsync(flow, good);
            await Assertions.Expect(banner).ToBeHiddenAsync(new() { Timeout = 20_000 });
        }
        finally
        {
            Directory.Delete(draft, recursive: true);
            Directory.Delete(versions, recursive: true);
        }
    }
}
