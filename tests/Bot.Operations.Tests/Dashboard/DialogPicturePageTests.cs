using System.Net;
using Bot.Operations.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Operations.Tests.Dashboard;

/// <summary>An editor or officer opens a flow's picture from the dashboard on a phone and reads steps and button texts.</summary>
public sealed class DialogPicturePageTests
{
    [Fact]
    public async Task AFlowPictureOpensFromTheDashboardAndReadsOnAPhoneWithoutBreakingTheSecurityPolicy()
    {
        await using var factory = new OpsFactory { ContentPath = RepositoryPaths.RealContent };
        var address = factory.StartKestrel();

        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            await using var phone = await PhonePage.OpenAsync(browser, address);
            var page = phone.Page;
            var external = phone.External;

            // Signed out, the picture is not shown: the sign-in form is.
            await page.GotoAsync(new Uri(address, "/admin/dialogs/welfare").ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("svg g.flow-step").CountAsync());

            await page.FillAsync("#key", TestKeys.OfficerKey);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("body[data-loaded=true]");
            await page.ClickAsync("text=Xem sơ đồ các luồng");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sơ đồ kịch bản" })).ToBeVisibleAsync();
            await page.ClickAsync("nav.flows >> text=Nhận tiền an sinh");

            // Boxes are the steps with their opening words; arrows carry the button texts, never payload codes.
            var picture = page.Locator(".picture svg");
            await Assertions.Expect(picture).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("svg g.flow-step[data-step=intro]")).ToContainTextAsync("Tiền an sinh");
            await Assertions.Expect(page.Locator("svg g.flow-button", new() { HasText = "Liên kết tài khoản trên VNeID" }).First).ToBeVisibleAsync();
            var svg = await picture.InnerHTMLAsync();
            Assert.DoesNotContain("b:welfare", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("f:welfare", svg, StringComparison.Ordinal);

            // Readable on the phone: step texts at their own size (at least 12 px), the page itself does not scroll
            // sideways, the picture's box does.
            var smallest = await page.EvaluateAsync<double>(
                "Math.min(...[...document.querySelectorAll('.picture svg g.flow-step text')].map(t => t.getBoundingClientRect().height))");
            Assert.True(smallest >= 12, $"the smallest step text is {smallest} px high");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));
            Assert.True(await page.EvaluateAsync<bool>("(() => { const p = document.querySelector('.picture'); return p.scrollWidth > p.clientWidth; })()"));
            await Assertions.Expect(page.Locator("nav.flows a[aria-current=page]")).ToHaveTextAsync("Nhận tiền an sinh");

            // The picture alone, for zooming.
            var alone = await page.APIRequest.GetAsync(new Uri(address, "/admin/dialogs/welfare.svg").ToString());
            Assert.Equal(200, alone.Status);
            Assert.StartsWith("image/svg+xml", alone.Headers["content-type"], StringComparison.Ordinal);

            // A flow that does not exist says so and offers the list.
            var missing = await page.GotoAsync(new Uri(address, "/admin/dialogs/khong-co").ToString());
            Assert.Equal((int)HttpStatusCode.NotFound, missing!.Status);
            await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("Không có luồng 'khong-co'");
            await Assertions.Expect(page.Locator("nav.flows a", new() { HasText = "Nhận tiền an sinh" })).ToHaveAttributeAsync("href", "/admin/dialogs/welfare");

            Assert.Empty(external);
            Assert.Empty(await phone.BlockedAsync());
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
