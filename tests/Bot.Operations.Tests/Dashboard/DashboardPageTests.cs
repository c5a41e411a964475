using Bot.Dialogs.Reporting;
using Bot.Operations.Analytics;
using Bot.Operations.Sources;
using Bot.Operations.Tests.Support;
using Bot.Testing.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bot.Operations.Tests.Dashboard;

public class DashboardPageTests
{
    // The screenshots in docs/images are refreshed only on request (DASHBOARD_SCREENSHOTS_WRITE=1), so an
    // ordinary test run leaves the checkout clean; otherwise they go to a temporary folder.
    private static readonly string ImageFolder = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS_WRITE") == "1"
        ? Path.Combine(RepositoryPaths.Root, "docs", "images")
        : Directory.CreateTempSubdirectory("dashboard-shots-").FullName;

    private static string ImagePath(string name) => Path.Combine(ImageFolder, name);

    [Fact]
    public async Task AnOfficerSignsInOnAPhoneAndSeesEveryChart()
    {
        var broadcasts = new InMemoryBroadcastProgressSource();
        await using var factory = new OpsFactory { TestServices = s => s.AddSingleton<IBroadcastProgressSource>(broadcasts) };
        var address = factory.StartKestrel();
        await SeedAsync(factory, address, broadcasts);

        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            await using var phone = await PhonePage.OpenAsync(browser, address, "Asia/Ho_Chi_Minh");
            var page = phone.Page;
            var external = phone.External;
            await page.GotoAsync(new Uri(address, "/admin").ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ImagePath("dashboard-login.png") });

            await page.FillAsync("#key", "wrong key");
            await page.ClickAsync("button[type=submit]");
            await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("Khóa không đúng");

            await page.FillAsync("#key", TestKeys.OfficerKey);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("body[data-loaded=true]");

            await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Cán bộ Lan");
            Assert.True(await page.Locator("#chart-conversations svg rect[data-channel]").CountAsync() >= 10);
            Assert.Equal(3, await page.Locator("#chart-routing svg rect[data-routing]").CountAsync());
            await Assertions.Expect(page.Locator(".funnel[data-flow=card] .step")).ToHaveCountAsync(5);
            Assert.True(await page.Locator(".funnel[data-flow=card] rect.dropped").CountAsync() >= 1);
            await Assertions.Expect(page.Locator("#fallback")).ToContainTextAsync("nhà số ***** hỏi giá lúa");
            Assert.DoesNotContain("001203004567", await page.ContentAsync());
            await Assertions.Expect(page.Locator("[data-broadcast=bc-1] [role=progressbar] rect.sent")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[data-broadcast=bc-1]")).ToContainTextAsync("Cảnh báo lừa đảo");
            await Assertions.Expect(page.Locator("#health [data-check=content]")).ToContainTextAsync("Tốt");
            await Assertions.Expect(page.Locator("#content")).ToContainTextAsync("chưa nạp lại");

            // The bar moves while a broadcast is sending (the page polls every 5 s).
            broadcasts.Report(Broadcast("bc-1", sent: 1900, pending: 0, status: "done"));
            await Assertions.Expect(page.Locator("[data-broadcast=bc-1] .meta")).ToContainTextAsync("95% đã nhận", new() { Timeout = 15_000 });

            // Phones must not scroll sideways.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ImagePath("dashboard-phone.png"), FullPage = true });
            Assert.Empty(external);
            Assert.Empty(await phone.BlockedAsync());
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [Fact]
    public async Task TheLinkFromTheBotOpensTheDashboardOnADesktop()
    {
        var broadcasts = new InMemoryBroadcastProgressSource();
        await using var factory = new OpsFactory { TestServices = s => s.AddSingleton<IBroadcastProgressSource>(broadcasts) };
        var address = factory.StartKestrel();
        await SeedAsync(factory, address, broadcasts);
        var link = new Uri(OfficerChat.Link(await OfficerChat.SayAsync(factory.Services, TestKeys.OfficerChatId, "/dashboard"))!);

        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "vi-VN" });
            await page.GotoAsync(new Uri(address, link.PathAndQuery).ToString());
            await page.WaitForSelectorAsync("body[data-loaded=true]");
            Assert.EndsWith("/admin", page.Url);
            await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Cán bộ Minh");
            await Assertions.Expect(page.Locator(".funnel[data-flow=card]")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ImagePath("dashboard-desktop.png"), FullPage = true });

            await page.ClickAsync("text=Đăng xuất");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    // Two weeks of counts as a Redis-backed instance would hold them, plus today's real turns.
    private static async Task SeedAsync(OpsFactory factory, Uri address, InMemoryBroadcastProgressSource broadcasts)
    {
        var store = factory.Services.GetRequiredService<IAnalyticsStore>();
        var today = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnalyticsOptions>>().Value.DayOf(DateTimeOffset.UtcNow);
        var seed = new List<AnalyticsIncrement>();
        for (var i = 1; i <= 6; i++)
        {
            var day = today.AddDays(-i);
            seed.Add(new(day, AnalyticsCounters.Conversations, "telegram", 20 + (i * 7 % 13)));
            seed.Add(new(day, AnalyticsCounters.Conversations, "zalo-oa", 12 + (i * 5 % 9)));
            seed.Add(new(day, AnalyticsCounters.Conversations, "web", 3 + (i % 4)));
            seed.Add(new(day, AnalyticsCounters.Routing, "matched", 30 + i));
            seed.Add(new(day, AnalyticsCounters.Routing, "ambiguous", 4));
            seed.Add(new(day, AnalyticsCounters.Routing, "fallback", 6));
            seed.Add(new(day, AnalyticsCounters.Fallback, "làm lại sổ hộ khẩu", 3));
        }

        await store.AddAsync(seed, default);

        var http = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 3; i++)
        {
            var resident = new WebChatClient(http, $"page-{i}");
            await resident.SendTextAsync("làm thẻ căn cước");
            if (i > 0)
            {
                await resident.SendTextAsync("1");
            }
        }

        var unclear = new WebChatClient(http, "page-9");
        await unclear.SendTextAsync("xin chào");
        await unclear.SendTextAsync("căn cước 001203004567 bị khóa"); // stopped by the privacy guard
        await unclear.SendTextAsync("nhà số 12345 hỏi giá lúa");

        broadcasts.Report(Broadcast("bc-1", sent: 1200, pending: 700, status: "sending"));
        broadcasts.Report(new BroadcastProgress(
            "bc-0", "Lịch làm căn cước lưu động", "Phường Ba Đình", "done",
            Total: 1050, Sent: 980, Blocked: 50, Failed: 20, Pending: 0, CreatedAt: DateTimeOffset.UtcNow.AddDays(-2),
            ByChannel: new Dictionary<string, int> { ["telegram"] = 610, ["zalo-oa"] = 370 }));
    }

    private static BroadcastProgress Broadcast(string id, int sent, int pending, string status) => new(
        id, "Cảnh báo lừa đảo giả danh công an", "Phường Ba Đình", status,
        Total: 2000, Sent: sent, Blocked: 60, Failed: 2000 - sent - pending - 60, Pending: pending,
        CreatedAt: DateTimeOffset.UtcNow.AddHours(-1),
        ByChannel: new Dictionary<string, int> { ["telegram"] = sent * 2 / 3, ["zalo-oa"] = sent - (sent * 2 / 3) });
}
