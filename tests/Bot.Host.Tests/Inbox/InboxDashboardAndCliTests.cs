using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Tests.Content;
using Bot.Host.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Host.Tests.Inbox;

/// <summary>
/// An editor works the misunderstood inbox of a running bot (a real process): from the command line
/// (<c>content misses</c>, <c>content assign ID FLOW.NODE</c>) and from the dashboard in Chromium (assign, dismiss).
/// </summary>
public sealed class InboxDashboardAndCliTests
{
    private const string Buffalo = "con trâu nhà tôi đi lạc sang xã bên";
    private const string Chickens = "ruộng lúa nhà tôi bị chuột phá";
    private const string Numbered = "con trâu nhà tôi số 48291 đi lạc sang xã bên";
    private const string NumberedAsListed = "con trâu nhà tôi số ***** đi lạc sang xã bên"; // the inbox keeps no digits

    [Fact]
    public async Task AnEditorAssignsFromTheCommandLineAndTheDashboardAndResidentsGetTheTopic()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await HostProcess.StartAsync(["--Content:VersionsPath", sandbox.Versions], new Dictionary<string, string>
        {
            ["Content__Path"] = sandbox.Folder,
            ["Content__DebounceMilliseconds"] = "50",
            ["WebChat__Preview"] = "true",
            ["Admin__ApiKeys__0__Name"] = "bien-tap-lan",
            ["Admin__ApiKeys__0__Sha256"] = AdminKeys.Sha256(AdminKeys.Editor),
            ["Admin__ApiKeys__0__Role"] = "editor",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        foreach (var text in new[] { Buffalo, Buffalo, Chickens, Numbered })
        {
            await new WebChatClient(http, "cli-" + Guid.NewGuid().ToString("N")[..10]).SendTextAsync(text);
        }

        var cli = new Dictionary<string, string> { ["BOT_ADMIN_KEY"] = AdminKeys.Editor, ["BOT_URL"] = bot.Url };
        // The numbered phrase was sent last; once it is listed (starred), the inbox writer has kept all four.
        var misses = await Eventually.ReadAsync(() => HostProcess.RunCliAsync(cli, "content", "misses"), r => r.Output.Contains(NumberedAsListed, StringComparison.Ordinal),
            "content misses lists the numbered phrase, starred");
        Assert.Equal(0, misses.Exit);
        var buffaloLine = misses.Output.Split('\n').First(l => l.Contains($"\"{Buffalo}\"", StringComparison.Ordinal));
        Assert.Contains("2×", buffaloLine);
        var chickens = misses.Output.Split('\n').First(l => l.Contains($"\"{Chickens}\"", StringComparison.Ordinal)).Split(' ')[0];

        var noKey = await HostProcess.RunCliAsync(new Dictionary<string, string> { ["BOT_URL"] = bot.Url }, "content", "misses");
        var assigned = await HostProcess.RunCliAsync(cli, "content", "assign", chickens, "eid.lost_phone", "--lang", "en");
        Assert.Equal(1, noKey.Exit);
        Assert.Contains("BOT_ADMIN_KEY", noKey.Output);
        Assert.True(assigned.Exit == 0, assigned.Output);
        Assert.Contains($"assigned {chickens} to eid.lost_phone", assigned.Output);
        var toStep = await new WebChatClient(http, "cli-after").SendTextAsync(Chickens);
        Assert.Equal("eid", toStep.GetProperty("flow").GetString());
        Assert.Equal("lost_phone", toStep.GetProperty("node").GetString());

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
        await page.GotoAsync(bot.Url + "/admin");
        await page.FillAsync("#key", AdminKeys.Editor);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("body[data-loaded=true]");

        var buffalo = page.Locator("#inbox li", new PageLocatorOptions { HasText = Buffalo });
        await Assertions.Expect(buffalo).ToContainTextAsync("× 2");
        Assert.True(await buffalo.Locator("button.assign").CountAsync() >= 1);
        await Assertions.Expect(page.Locator("#inbox li", new PageLocatorOptions { HasText = Chickens })).ToHaveCountAsync(0);

        await buffalo.Locator("select.other").SelectOptionAsync("eid");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã thêm câu mẫu");
        await Assertions.Expect(buffalo).ToHaveCountAsync(0);

        var numbered = page.Locator("#inbox li", new PageLocatorOptions { HasText = NumberedAsListed });
        await numbered.Locator("button.dismiss").ClickAsync();
        await Assertions.Expect(numbered).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#inbox")).ToContainTextAsync("Không còn câu nào chờ gán");

        var toFlow = await new WebChatClient(http, "dashboard-after").SendTextAsync(Buffalo);
        Assert.Equal("eid", toFlow.GetProperty("flow").GetString());
        var learned = await File.ReadAllTextAsync(Path.Combine(sandbox.Folder, "examples.learned.yaml"));
        Assert.Contains("node: lost_phone", learned);
        Assert.Equal(2, learned.Split("who: \"key:bien-tap-lan\"").Length - 1);
    }
}
