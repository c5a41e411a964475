using Microsoft.Playwright;

namespace Bot.Host.Tests.Content;

/// <summary>
/// An editor runs <c>dotnet run --project src/Bot.Host -- --content &lt;draft&gt;</c> and clicks through
/// the draft in a real browser: the page says "preview" and shows the step id under each answer.
/// </summary>
public sealed class PreviewPageTests
{
    [Fact]
    public async Task DraftFolderShowsThePreviewBadgeAndStepIds()
    {
        using var draft = new ContentSandbox();
        draft.ReplaceInEid("Bạn cần gì?", "Bạn cần gì? (bản nháp)");
        await using var bot = await HostProcess.StartAsync(["--content", draft.Folder, "--Content:VersionsPath", draft.Versions]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });

        await page.GotoAsync(bot.Url);
        await page.Locator("#preview-badge").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "1. VNeID", Exact = true }).ClickAsync();
        var step = page.Locator(".msg.bot", new PageLocatorOptions { HasText = "(bản nháp)" });
        await step.WaitForAsync();

        Assert.Equal("Bản xem thử", (await page.Locator("#preview-badge").InnerTextAsync()).Trim());
        Assert.Contains("eid/intro", await step.Locator(".node").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedContentShowsNoBadgeAndNoStepIds()
    {
        using var content = new ContentSandbox();
        await using var bot = await HostProcess.StartAsync(["--Content:VersionsPath", content.Versions],
            new Dictionary<string, string> { ["Content__Path"] = content.Folder });
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });

        await page.GotoAsync(bot.Url);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "1. VNeID", Exact = true }).ClickAsync();
        await page.Locator(".msg.bot", new PageLocatorOptions { HasText = "Bạn cần gì?" }).WaitForAsync();

        Assert.False(await page.Locator("#preview-badge").IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".msg.bot .node").CountAsync());
    }
}
