using System.Net;
using Bot.Channels.Telegram.Qr;
using Bot.Testing.Telegram;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests;

/// <summary>t.me deep links and the printed QR codes open the right dialog.</summary>
public sealed class DeepLinkTests
{
    private const long Chat = 8181;

    [Fact]
    public async Task AStartPayloadOpensTheFlowAndAStepOfIt()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var content = host.Services.GetRequiredService<IEngineProvider>().Current.Content;

        var chat = Chat;
        foreach (var flow in content.Flows.Values)
        {
            var opened = await host.SendTextAsync(++chat, "/start " + DeepLinks.Payload(flow.Id));
            Assert.Equal(flow.FindNode(flow.Start)!.Text.Vi, opened[^1].Text);

            var step = flow.Nodes[^1];
            var stepOpened = await host.SendTextAsync(++chat, "/start " + DeepLinks.Payload(flow.Id, step.Id));
            Assert.Equal(step.Text.Vi, stepOpened[^1].Text);
        }
    }

    [Fact]
    public async Task AnUnknownStartPayloadGreetsWithTheMenu()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        var replies = await host.SendTextAsync(Chat, "/start no_such_flow");

        Assert.NotEmpty(replies);
        Assert.Contains(replies[^1].Buttons, b => b.CallbackData?.StartsWith("b:menu:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TheAdminSheetHasOneSelfContainedCodePerFlowWithVietnameseCaptions()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var content = host.Services.GetRequiredService<IEngineProvider>().Current.Content;
        await Eventually.HoldsAsync(() => host.Api.RequestsFor("getMe").Count > 0, "getMe");

        using var response = await host.GetAdminAsync("/api/admin/qr/sheet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var flow in content.Flows.Values.Where(f => f.Routable))
        {
            Assert.Contains(WebUtility.HtmlEncode(flow.Title.Vi), html);
            Assert.Contains($"t.me/{FakeBotApi.BotUsername}?start={flow.Id}", html);
        }

        Assert.Contains("size: A4", html);
        Assert.Contains(QrSheet.StepOne, WebUtility.HtmlDecode(html));
        Assert.Contains(QrSheet.StepTwo, WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("src=\"http", html); // every image is inlined
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task TheAdminPngIsAQrCodeImage()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:BotUsername"] = "congan_phuong_bot");
        var flow = host.Services.GetRequiredService<IEngineProvider>().Current.Content.Flows.Values.First();

        using var response = await host.GetAdminAsync($"/api/admin/qr/{flow.Id}.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal(QrCatalog.Png($"https://t.me/congan_phuong_bot?start={flow.Id}"), png);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    public async Task TheAdminEndpointsRefuseWithoutTheKey(string? key)
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        using var sheet = await host.GetAdminAsync("/api/admin/qr/sheet", key);
        using var png = await host.GetAdminAsync("/api/admin/qr/eid.png", key);

        Assert.Equal(HttpStatusCode.Unauthorized, sheet.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, png.StatusCode);
    }

    [Fact]
    public async Task TheAdminEndpointsAreOffWhenNoKeyIsConfigured()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s =>
        {
            foreach (var key in s.Keys.Where(k => k.StartsWith("Admin:ApiKeys", StringComparison.Ordinal)).ToList())
            {
                s.Remove(key);
            }
        });

        using var sheet = await host.GetAdminAsync("/api/admin/qr/sheet", key: "any-key-0123456789abcdef");

        Assert.Equal(HttpStatusCode.Forbidden, sheet.StatusCode);
        Assert.Contains("Admin:ApiKeys", await sheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRetiredTelegramAdminKeyStopsTheStartAndSaysWhatToSetInstead()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:AdminKey"] = "an-old-qr-key-0123456789"));

        Assert.Contains("Telegram:AdminKey is retired", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Admin__ApiKeys__N__Sha256", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("an-old-qr-key-0123456789", error.ToString(), StringComparison.Ordinal); // a secret is never echoed
    }

    [Fact]
    public async Task ThePrintSheetKeepsItsOwnPolicyForItsInlineStyleAndTheOtherHeaders()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:BotUsername"] = "congan_phuong_bot");

        using var sheet = await host.GetAdminAsync("/api/admin/qr/sheet");

        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal(QrAdminEndpoints.SheetContentSecurityPolicy, sheet.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", sheet.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", sheet.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task TheQrVerbWritesOnePngPerFlowAndAPrintableSheet()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qr-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();
        var contentFolder = new Bot.Content.Hosting.ContentOptions().ResolvePath();
        try
        {
            var code = await TelegramQrVerb.RunAsync(["--out", folder, "--bot", "@congan_phuong_bot"], contentFolder, output, error);

            Assert.Equal(0, code);
            var content = Bot.Dialogs.Content.ContentLoader.Load(contentFolder);
            foreach (var flow in content.Flows.Values.Where(f => f.Routable))
            {
                Assert.Equal(QrCatalog.Png($"https://t.me/congan_phuong_bot?start={flow.Id}"), await File.ReadAllBytesAsync(Path.Combine(folder, flow.Id + ".png")));
            }

            var sheet = await File.ReadAllTextAsync(Path.Combine(folder, "qr-sheet.html"));
            Assert.Contains("data:image/png;base64,", sheet);
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
    public async Task TheQrVerbSaysWhatToSetWhenTheBotNameIsMissing()
    {
        var error = new StringWriter();

        var code = await TelegramQrVerb.RunAsync(["--out", Path.GetTempPath()], ".", new StringWriter(), error);

        Assert.Equal(1, code);
        Assert.Contains("--bot", error.ToString());
    }

    [Theory]
    [InlineData("eid", null, "eid")]
    [InlineData("eid", "activate", "eid__activate")]
    [InlineData("có dấu", null, null)]
    public void StartPayloadsUseOnlyTheCharactersTelegramAllows(string flow, string? node, string? expected)
    {
        Assert.Equal(expected, DeepLinks.Payload(flow, node));
    }
}
