using Bot.Operations.Analytics;
using Bot.Operations.Tests.Support;
using Bot.Testing.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Bot.Operations.Tests.Dashboard;

/// <summary>Officers write, check, approve and follow alerts on the dashboard they sign in to, on a phone, in real Chromium.</summary>
public sealed class OfficerAlertPageTests
{
    // Refreshed in docs/images only on request (DASHBOARD_SCREENSHOTS_WRITE=1), like DashboardPageTests.
    private static readonly string ImageFolder = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS_WRITE") == "1"
        ? Path.Combine(RepositoryPaths.Root, "docs", "images")
        : Directory.CreateTempSubdirectory("dashboard-shots-").FullName;

    private static string ImagePath(string name) => Path.Combine(ImageFolder, name);

    [Fact]
    public async Task OneOfficerWritesAnAlertOnAPhoneAndAnotherApprovesIt()
    {
        await using var desk = await AlertDesk.StartAsync(NextVietnamNight(), kestrel: true);
        await desk.SubscribeAsync(AlertDesk.Commune, 601_602_603);
        await SeedAsync(desk);
        var address = desk.Address!;

        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            // The author: writes the alert; the text is checked by the server as she types.
            var (author, authorBlocked) = await SignInOnPhoneAsync(browser, address, AlertDesk.AuthorKey);
            await Assertions.Expect(author.Locator("#card-compose")).ToBeVisibleAsync();
            await author.SelectOptionAsync("#compose-area", AlertDesk.Commune);
            await author.FillAsync("#compose-text", "Cảnh giác cuộc gọi giả danh công an. Cập nhật tại vneid-update.com");
            await Assertions.Expect(author.Locator("#compose-check")).ToContainTextAsync("không phải trang chính thức");
            await Assertions.Expect(author.Locator("#compose-send")).ToBeDisabledAsync();

            await author.FillAsync("#compose-text", "Cảnh giác cuộc gọi giả danh công an đòi chuyển tiền. Hướng dẫn tại https://dichvucong.gov.vn");
            await Assertions.Expect(author.Locator("#compose-check")).ToContainTextAsync("Nội dung gửi được");
            await author.ClickAsync("#compose-send");
            await Assertions.Expect(author.Locator("#status")).ToContainTextAsync("Đã gửi cảnh báo");

            var mine = author.Locator(".bc").Filter(new() { HasText = "chờ duyệt" });
            await Assertions.Expect(mine).ToContainTextAsync("Bạn soạn tin này");
            var id = await mine.GetAttributeAsync("data-broadcast");
            await Assertions.Expect(mine.Locator("[data-action=approve]")).ToHaveCountAsync(0); // four eyes: not offered to the author…
            await Assertions.Expect(mine.Locator("[data-action=cancel]")).ToHaveCountAsync(1);
            var selfApproval = await author.EvaluateAsync<string>(
                "async id => { const r = await fetch(`/api/admin/broadcasts/${id}/approve`, { method: 'POST', headers: { 'X-Bot-Dashboard': '1' } }); return r.status + ' ' + await r.text(); }", id);
            Assert.StartsWith("403", selfApproval); // …and refused by the server when tried anyway
            Assert.Contains("Self-approval", selfApproval);

            // The approver reads the text, approves at night, and is told when delivery starts, in Vietnam time.
            var (approver, approverBlocked) = await SignInOnPhoneAsync(browser, address, AlertDesk.ApproverKey);
            var waiting = approver.Locator($"[data-broadcast=\"{id}\"]"); // quoted: an id may start with a digit
            await Assertions.Expect(waiting).ToContainTextAsync("https://dichvucong.gov.vn");
            await Assertions.Expect(waiting.Locator(".meta").First).ToContainTextAsync("23:30"); // created 23:30 in Vietnam, though the phone is set to New York
            await waiting.Locator("[data-action=approve]").ClickAsync();
            await Assertions.Expect(approver.Locator("#status")).ToContainTextAsync("07:00");
            await Assertions.Expect(waiting.Locator(".meta").First).ToContainTextAsync("đã hẹn giờ, gửi lúc 07:00");
            await Assertions.Expect(waiting.Locator("[data-action=approve]")).ToHaveCountAsync(0);

            var csv = await approver.APIRequest.GetAsync(new Uri(address, $"/api/admin/broadcasts/{id}/report.csv").ToString());
            Assert.Equal(200, csv.Status);
            Assert.StartsWith("text/csv", csv.Headers["content-type"]);
            var report = await csv.TextAsync();
            Assert.Contains($"{id},scheduled,đã hẹn giờ,scam,\"Phường Hoàn Kiếm", report);
            Assert.DoesNotContain("601602603", report);

            // The charts on a phone: whole-number ticks, each once; nothing under 12 px; step texts shown whole.
            var ticks = await approver.Locator("#chart-conversations text.tick").AllTextContentsAsync();
            Assert.True(ticks.Count >= 2);
            Assert.All(ticks, t => Assert.Matches(@"^\d[\d.]*$", t));
            Assert.Equal(ticks.Count, ticks.Distinct().Count());
            var smallest = await approver.EvaluateAsync<double>("""
                () => {
                  const svgText = [...document.querySelectorAll('.chart svg text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
                  const html = [...document.querySelectorAll('.legend span, .step .label, .step .num, .bc .meta, .bc td, .hint, #compose label')]
                    .filter(e => e.getClientRects().length).map(e => parseFloat(getComputedStyle(e).fontSize));
                  return Math.min(...svgText, ...html);
                }
                """);
            Assert.True(smallest >= 12, $"the smallest label is {smallest:0.0} px");
            var cut = await approver.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.step .label')].filter(l => l.scrollWidth > l.clientWidth + 1 || getComputedStyle(l).textOverflow === 'ellipsis').map(l => l.textContent)");
            Assert.Empty(cut);
            Assert.True(await approver.Locator(".step .label").CountAsync() >= 3);
            Assert.True(await approver.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));

            await approver.ScreenshotAsync(new PageScreenshotOptions { Path = ImagePath("dashboard-alerts-phone.png"), FullPage = true });
            Assert.Empty(authorBlocked);
            Assert.Empty(approverBlocked);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>A phone whose clock is set to New York, signed in with <paramref name="key"/>; collects every Content-Security-Policy complaint.</summary>
    private static async Task<(IPage Page, List<string> Blocked)> SignInOnPhoneAsync(IBrowser browser, Uri address, string key)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            Locale = "vi-VN",
            TimezoneId = "America/New_York",
        });
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (blocked)
                {
                    blocked.Add(message.Text);
                }
            }
        };
        await page.GotoAsync(new Uri(address, "/admin").ToString());
        await page.FillAsync("#key", key);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("body[data-loaded=true]");
        return (page, blocked);
    }

    /// <summary>The next 23:30 in Vietnam (16:30 UTC), in the quiet hours; in the future, so the browser keeps the session cookie.</summary>
    private static DateTimeOffset NextVietnamNight()
    {
        var now = DateTimeOffset.UtcNow;
        var night = new DateTimeOffset(now.Year, now.Month, now.Day, 16, 30, 0, TimeSpan.Zero);
        return night > now ? night : night.AddDays(1);
    }

    // A quiet week (one or two conversations a day: the axis once repeated "2"), and residents who stop at a step.
    private static async Task SeedAsync(AlertDesk desk)
    {
        var services = desk.Factory.Services;
        var today = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.DayOf(desk.Time.GetUtcNow());
        var seed = new List<AnalyticsIncrement>();
        for (var i = 1; i <= 6; i++)
        {
            seed.Add(new(today.AddDays(-i), AnalyticsCounters.Conversations, "telegram", 1 + (i % 2)));
            seed.Add(new(today.AddDays(-i), AnalyticsCounters.Routing, "matched", 3));
        }

        await services.GetRequiredService<IAnalyticsStore>().AddAsync(seed, default);
        var http = new HttpClient { BaseAddress = desk.Address };
        for (var i = 0; i < 3; i++)
        {
            var resident = new WebChatClient(http, $"page-{i}");
            await resident.SendTextAsync("làm thẻ căn cước");
            if (i > 0)
            {
                await resident.SendTextAsync("1");
            }
        }
    }
}
