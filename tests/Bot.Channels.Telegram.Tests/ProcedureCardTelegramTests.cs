using System.Net;
using Bot.Channels.Telegram.Qr;
using Bot.Testing.Telegram;

namespace Bot.Channels.Telegram.Tests;

/// <summary>Procedure cards on Telegram: opened by a printed code, walked with buttons, chosen for the QR sheet by an office.</summary>
public sealed class ProcedureCardTelegramTests : IAsyncLifetime
{
    private const long Chat = 9191;
    private readonly string _versions = Path.Combine(Path.GetTempPath(), "tg-card-versions-" + Guid.NewGuid().ToString("N")[..8]);
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s =>
        {
            s["Content:Path"] = RepositoryPaths.CardContent;
            s["Content:VersionsPath"] = _versions;
            s["Content:Watch"] = "false";
            s["Telegram:BotUsername"] = "congan_phuong_bot";
        });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_versions))
        {
            Directory.Delete(_versions, recursive: true);
        }
    }

    [Fact]
    public async Task AScannedCardCodeOpensTheCardAndItsSectionButtonsWork()
    {
        var opened = await _host.SendTextAsync(Chat, "/start services__tam_tru");

        var overview = opened[^1];
        Assert.StartsWith("📋 Đăng ký tạm trú", overview.Text, StringComparison.Ordinal);
        var docs = Assert.Single(overview.Buttons, b => b.Text == "Giấy tờ cần có");
        Assert.Equal("b:services:tam_tru:docs", docs.CallbackData);

        var section = await _host.PressAsync(overview, docs.CallbackData!);

        Assert.Contains("tờ khai CT01", section[^1].Text, StringComparison.Ordinal);
        Assert.Contains(section[^1].Buttons, b => b.Text == "↩ Đăng ký tạm trú");
    }

    [Fact]
    public async Task TheSheetPrintsTheTopicsAndTheCardsAnOfficeChose()
    {
        using var response = await _host.GetAdminAsync("/api/admin/qr/sheet?cards=tam_tru");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("t.me/congan_phuong_bot?start=services__tam_tru", html, StringComparison.Ordinal);
        Assert.Contains("Đăng ký tạm trú", html, StringComparison.Ordinal);
        Assert.Contains("t.me/congan_phuong_bot?start=help", html, StringComparison.Ordinal);
        Assert.DoesNotContain("services__luu_tru", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSheetCanHoldEveryCardAndNothingElse()
    {
        using var response = await _host.GetAdminAsync("/api/admin/qr/sheet?cards=all&flows=false");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("start=services__tam_tru", html, StringComparison.Ordinal);
        Assert.Contains("start=services__luu_tru", html, StringComparison.Ordinal);
        Assert.DoesNotContain("start=help", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("class=\"card\"").Length - 1);
    }

    [Fact]
    public async Task AnUnknownCardIdIsRefusedWithTheIdThatWasMeant()
    {
        using var response = await _host.GetAdminAsync("/api/admin/qr/sheet?cards=tam_truu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("tam_truu (did you mean 'tam_tru'?)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACardsPngIsTheCodeOfItsDeepLink()
    {
        using var response = await _host.GetAdminAsync("/api/admin/qr/services__luu_tru.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(QrCatalog.Png("https://t.me/congan_phuong_bot?start=services__luu_tru"), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheQrVerbWritesTheChosenCards()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qr-cards-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        try
        {
            var code = await TelegramQrVerb.RunAsync(["--out", folder, "--bot", "congan_phuong_bot", "--cards", "luu_tru", "--no-flows"],
                RepositoryPaths.CardContent, output, new StringWriter());

            Assert.Equal(0, code);
            Assert.Equal(["services__luu_tru.png"], Directory.GetFiles(folder, "*.png").Select(Path.GetFileName));
            Assert.Contains("Thông báo lưu trú", output.ToString(), StringComparison.Ordinal);

            var error = new StringWriter();
            Assert.Equal(1, await TelegramQrVerb.RunAsync(["--out", folder, "--bot", "congan_phuong_bot", "--cards", "luutru"],
                RepositoryPaths.CardContent, new StringWriter(), error));
            Assert.Contains("did you mean 'luu_tru'", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task TheContactStepShowsTheChosenCommunesNumberAsTextNotAsATelButton()
    {
        var contact = await _host.SendTextAsync(Chat + 1, "so dien thoai cong an phuong");
        var asked = await _host.PressAsync(contact[^1], "a:_pick");
        Assert.Contains("Bạn ở xã, phường nào?", asked[^1].Text, StringComparison.Ordinal);

        var shown = await _host.SendTextAsync(Chat + 1, "mau mot");

        Assert.Contains("☎ Điện thoại: 0241 234 5678", shown[^1].Text, StringComparison.Ordinal);
        Assert.Contains("1. 📞 Gọi 0241 234 5678", shown[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(shown[^1].Buttons, b => b.Url is not null && b.Url.StartsWith("tel:", StringComparison.Ordinal));
    }
}
