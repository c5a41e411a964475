using Bot.Host.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Host.Tests.WebChat;

/// <summary>
/// The web chat behaves like the messengers residents know, on a phone-sized screen (390×844) with the shipped content:
/// answers read from their first line, numbers that stay with their buttons, numbers to tap, a menu always in reach,
/// a typing indicator, times, and the page in the resident's language.
/// </summary>
public sealed class WebChatMessengerPageTests
{
    private const string ScamSms =
        "Điện lực thông báo: Quý khách nợ tiền điện 2 kỳ. Hệ thống sẽ ngừng cấp điện lúc 20:00 hôm nay. " +
        "Thanh toán ngay tại evn-thanhtoan.top hoặc gọi 0912 345 678 để tránh bị cắt điện. Đọc mã OTP cho nhân viên để xác nhận.";

    [Fact]
    public async Task AScamVerdictIsShownFromItsHeadlineAndNothingInItCanBeTapped()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.RealContent]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await PhoneAsync(browser, bot);

        // Some conversation first, so the log scrolls.
        await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "Lừa đảo" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot")).ToHaveCountAsync(2);
        await AskAsync(page, ScamSms);

        var verdict = page.Locator(".msg.bot").Last;
        await Assertions.Expect(verdict).ToContainTextAsync("Nguy cơ lừa đảo: CAO");
        var log = (await page.Locator("#log").BoundingBoxAsync())!;
        var header = (await page.Locator("header").BoundingBoxAsync())!;
        var bubble = (await verdict.BoundingBoxAsync())!;

        // The verdict is longer than the screen: scrolled to its end, its headline would be above, out of sight.
        Assert.True(bubble.Height > log.Height, $"the verdict ({bubble.Height}px) should be taller than the conversation area ({log.Height}px) for this check to mean anything");
        Assert.True(bubble.Y >= header.Y + header.Height - 1, $"the verdict starts at {bubble.Y}px, under the header that ends at {header.Y + header.Height}px");
        Assert.True(bubble.Y <= log.Y + 40, $"the verdict starts at {bubble.Y}px, not at the top of the conversation ({log.Y}px)");
        var headline = await page.EvaluateAsync<bool>("""
            () => {
              const text = [...document.querySelectorAll('.msg.bot')].pop().querySelector('.text');
              const range = document.createRange();
              range.setStart(text.firstChild, 0);
              range.setEnd(text.firstChild, 1);
              const first = range.getBoundingClientRect(), area = document.getElementById('log').getBoundingClientRect();
              return first.top >= area.top && first.bottom <= area.bottom;
            }
            """);
        Assert.True(headline, "the first line of the verdict is visible");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-verdict.png") });

        // A verdict quotes a stranger's message: nothing in it is one tap away, not even its own "gọi 113".
        await Assertions.Expect(verdict.Locator(".text")).ToContainTextAsync("evn-thanhtoan[.]top");
        await Assertions.Expect(verdict.Locator(".text")).ToContainTextAsync("gọi 113");
        Assert.Equal(0, await verdict.Locator(".text a").CountAsync());
    }

    [Fact]
    public async Task NumbersAndOfficialAddressesInTheGuidesCanBeTappedAndButtonNumbersStayWithTheirLabels()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.RealContent]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await PhoneAsync(browser, bot);

        // The greeting says "Khẩn cấp: gọi 113": 113 dials.
        var greeting = page.Locator(".msg.bot").First;
        await Assertions.Expect(greeting.Locator(".text a[href='tel:113']")).ToHaveTextAsync("113");

        await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "VNeID" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot")).ToHaveCountAsync(2);
        var eid = page.Locator(".msg.bot").Last;

        // Every button number sits on its label's first line, however the label wraps.
        var chips = await eid.Locator(".chip").AllAsync();
        var wrapped = 0;
        foreach (var chip in chips)
        {
            var number = (await chip.Locator(".num").BoundingBoxAsync())!;
            var label = (await chip.Locator(".label").BoundingBoxAsync())!;
            var lineHeight = await chip.Locator(".num").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
            Assert.True(number.Height < lineHeight * 1.5, $"'{await chip.TextContentAsync()}': its number is {number.Height}px tall, more than one line");
            Assert.True(Math.Abs(number.Y - label.Y) < lineHeight / 2, $"'{await chip.TextContentAsync()}': its number is not on the label's first line");
            Assert.True(number.X < label.X, "the number comes before the label");
            wrapped += label.Height > lineHeight * 1.5 ? 1 : 0;
        }

        Assert.True(wrapped > 0, "at least one label on this screen wraps at 390 px, or the check above means nothing");

        // An official address in a guide opens; a commune police phone number dials.
        // "congan.[tên tỉnh].gov.vn" is a pattern, not an address: it stays text.
        await AskAsync(page, "trang web thật của bộ công an");
        var official = page.Locator(".msg.bot").Last;
        await Assertions.Expect(official).ToContainTextAsync("congan.[tên tỉnh].gov.vn");
        await Assertions.Expect(official.Locator(".text a[href='https://dichvucong.gov.vn']")).ToHaveTextAsync("dichvucong.gov.vn");
        foreach (var link in await official.Locator(".text a").AllAsync())
        {
            var href = new Uri((await link.GetAttributeAsync("href"))!);
            Assert.Equal("https", href.Scheme);
            Assert.EndsWith(".gov.vn", href.Host, StringComparison.Ordinal);
            Assert.Equal(href.Host, await link.TextContentAsync());
            Assert.Equal("noopener noreferrer", await link.GetAttributeAsync("rel"));
        }
    }

    [Fact]
    public async Task TheMenuIsAlwaysInReachATypingIndicatorShowsAndMessagesHaveTimes()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.RealContent]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await PhoneAsync(browser, bot);

        // Everything a resident needs fits the phone's width; the live page says nothing of previews.
        foreach (var control in new[] { "#menu-button", "#input", "#photo-button", "#send" })
        {
            var area = (await page.Locator(control).BoundingBoxAsync())!;
            Assert.True(area.X >= 0 && area.X + area.Width <= 390, $"{control} spans {area.X}–{area.X + area.Width}px of a 390px screen");
        }

        await Assertions.Expect(page.Locator("#preview-badge")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#preview-banner")).ToBeHiddenAsync();

        // While a turn is in flight the page says the bot is replying (the answer is held back here to see it).
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/webchat/*/messages", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = "Dịch vụ công" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msg.typing")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".msg.typing")).ToContainTextAsync("Đang trả lời");
        release.SetResult();
        await Assertions.Expect(page.Locator(".msg.typing")).ToHaveCountAsync(0);
        await page.UnrouteAllAsync();

        // Every message shows its time (hours and minutes).
        foreach (var message in await page.Locator(".msg").AllAsync())
        {
            await Assertions.Expect(message.Locator("time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d\d:\d\d$"));
        }

        // Deep in a topic, scrolled anywhere, the menu control is on screen and brings the main menu back.
        await page.Locator(".msg.bot").Last.Locator(".chip").First.ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot")).ToHaveCountAsync(3);
        await page.Locator("#log").EvaluateAsync("log => log.scrollTop = 0");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Về menu chính, bắt đầu lại" });
        await Assertions.Expect(menu).ToBeInViewportAsync();
        var box = (await menu.BoundingBoxAsync())!;
        Assert.True(box.Height >= 44, $"menu control {box.Height}px tall");
        await menu.ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("Xin chào!");
    }

    [Fact]
    public async Task ThePageFollowsTheChosenLanguageAndKeepsItOnReload()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.RealContent]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await PhoneAsync(browser, bot);

        await AskAsync(page, "english");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await ExpectEnglishAsync(page);

        await page.ReloadAsync();
        await ExpectEnglishAsync(page);
        await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Hello!");

        await page.GetByLabel("Type your question").FillAsync("tiếng việt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.Locator("#title")).ToHaveTextAsync("Trợ lý Công an xã, phường");
        await Assertions.Expect(page.GetByLabel("Nhập câu hỏi")).ToHaveAttributeAsync("placeholder", "Gõ câu hỏi hoặc số…");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ảnh chụp màn hình tin nhắn đáng ngờ" })).ToBeVisibleAsync();
    }

    private static async Task ExpectEnglishAsync(IPage page)
    {
        await Assertions.Expect(page).ToHaveTitleAsync("Commune and ward police assistant");
        await Assertions.Expect(page.Locator("#title")).ToHaveTextAsync("Commune and ward police assistant");
        await Assertions.Expect(page.Locator("#subtitle")).ToHaveTextAsync("Public services, VNeID, scam protection");
        await Assertions.Expect(page.GetByLabel("Type your question")).ToHaveAttributeAsync("placeholder", "Type a question or a number…");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Screenshot of a suspicious message" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Back to the main menu, start again" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToHaveAttributeAsync("aria-label", "Conversation");
    }

    private static async Task<IPage> PhoneAsync(IBrowser browser, HostProcess bot)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.AddInitScriptAsync("window.__blocked = []; document.addEventListener('securitypolicyviolation', e => window.__blocked.push(e.violatedDirective));");
        await page.GotoAsync(bot.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(".msg.bot").First).ToContainTextAsync("Xin chào!", new() { Timeout = 30_000 });
        return page;
    }

    private static async Task AskAsync(IPage page, string text)
    {
        var before = await page.Locator(".msg.bot").CountAsync();
        await page.Locator("#input").FillAsync(text);
        await page.Locator("#input").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".msg.bot")).Not.ToHaveCountAsync(before, new() { Timeout = 30_000 });
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__blocked"));
    }
}
