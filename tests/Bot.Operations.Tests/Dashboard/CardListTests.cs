using System.Net;
using Bot.Operations.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Operations.Tests.Dashboard;

/// <summary>Editors see the procedure cards in the dashboard: id, topic, title, when checked, whether a source is official.</summary>
public sealed class CardListTests
{
    [Fact]
    public async Task TheApiListsEveryCardWithItsReviewAndWhetherASourceIsOfficial()
    {
        await using var factory = new OpsFactory { ContentPath = RepositoryPaths.CardContent };
        using var http = factory.CreateClient();

        var cards = await AdminApi.GetAsync(http, "/api/admin/cards");

        // By topic, then by title in Vietnamese order: "Đăng ký tạm trú" before "Thông báo lưu trú".
        Assert.Equal(["tam_tru", "luu_tru"], cards.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var tamTru = cards.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "tam_tru");
        Assert.Equal("services", tamTru.GetProperty("topic").GetString());
        Assert.Equal("Đăng ký tạm trú", tamTru.GetProperty("title").GetString());
        Assert.Equal("2026-11-20", tamTru.GetProperty("reviewed").GetString());
        Assert.True(tamTru.GetProperty("officialSource").GetBoolean());
        Assert.Equal(1, tamTru.GetProperty("sources").GetInt32());
        Assert.Equal("procedures/tam_tru.yaml", tamTru.GetProperty("file").GetString());
    }

    [Fact]
    public async Task WithoutSigningInTheListIsRefused()
    {
        await using var factory = new OpsFactory { ContentPath = RepositoryPaths.CardContent };
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/api/admin/cards");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ContentWithoutCardsGivesAnEmptyList()
    {
        await using var factory = new OpsFactory();
        using var http = factory.CreateClient();

        var cards = await AdminApi.GetAsync(http, "/api/admin/cards");

        Assert.Equal(0, cards.GetArrayLength());
    }

    [Fact]
    public async Task TheDashboardPageShowsTheCardsAsATable()
    {
        await using var factory = new OpsFactory { ContentPath = RepositoryPaths.CardContent };
        var address = factory.StartKestrel();
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "vi-VN" });
            await page.GotoAsync(new Uri(address, "/admin").ToString());
            await page.FillAsync("#key", TestKeys.OfficerKey);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("body[data-loaded=true]");

            var row = page.Locator("#cards tr[data-card=tam_tru]");
            await Assertions.Expect(row).ToContainTextAsync("Đăng ký tạm trú");
            await Assertions.Expect(row).ToContainTextAsync("20/11/2026");
            await Assertions.Expect(row.Locator("td.ok")).ToContainTextAsync("có (1 nguồn)");
            await Assertions.Expect(page.Locator("#cards tr[data-card]")).ToHaveCountAsync(2);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
