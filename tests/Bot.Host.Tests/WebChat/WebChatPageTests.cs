using Bot.Admin;
using Bot.Host.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Host.Tests.WebChat;

/// <summary>A resident uses the web chat page in a real browser on a phone-sized screen.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task AResidentTapsThroughABranchAndReadsTheAnswer()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.FixtureContent]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(bot.BaseAddress.ToString(), StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        // The page runs under the same strict security headers as every page; Chromium reports anything they block.
        await page.AddInitScriptAsync("window.__blocked = []; document.addEventListener('securitypolicyviolation', e => window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI));");
        var response = await page.GotoAsync(bot.BaseAddress.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await response!.HeaderValueAsync("content-security-policy"));
        Assert.Equal("DENY", await response.HeaderValueAsync("x-frame-options"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Thẻ căn cước" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("Bạn đã có thẻ chưa?");

        await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "Bị mất" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("cần gấp");

        // Typing works too, without diacritics.
        await page.GetByLabel("Nhập câu hỏi").FillAsync("co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("báo công an xã ngay");
        await Assertions.Expect(page.Locator(".msg.me .text").Last).ToHaveTextAsync("co");

        // Buttons are big enough for elderly fingers.
        var chip = await page.Locator(".msg.bot").Last.Locator(".chip").First.BoundingBoxAsync();
        Assert.True(chip!.Height >= 44, $"button height {chip.Height}px");

        Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs", "images"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat.png") });
        Assert.Empty(outside);
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__blocked"));
    }

    [Fact]
    public async Task UserTypedMarkupIsShownAsTextNotRun()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.FixtureContent]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; dialog.DismissAsync(); };

        await page.GotoAsync(bot.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Bạn cần gì?");
        await page.GetByLabel("Nhập câu hỏi").FillAsync("<img src=x onerror=alert(1)>");
        await page.GetByLabel("Nhập câu hỏi").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".msg.me .text").Last).ToHaveTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await page.Locator(".msg.me img").CountAsync());
        Assert.Equal(0, dialogs);
    }
}
