using System.Net;
using Bot.Channels.Zalo.Tests.Fakes;

namespace Bot.Channels.Zalo.Tests;

/// <summary>Zalo Bot start-up: in webhook mode the bot registers its address and secret with setWebhook; readiness says when Zalo refuses.</summary>
public sealed class ZaloBotSetupTests
{
    private const string PublicUrl = "https://bot.congan-phuong.example.vn/zalo/bot/webhook";

    [Fact]
    public async Task WebhookModeRegistersTheAddressAndSecretAtStart()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(bot: bot, settings: new Dictionary<string, string?> { ["Zalo:Bot:WebhookUrl"] = PublicUrl });
        _ = app.Http; // started

        await Eventually.HoldsAsync(() => bot.SetWebhookCalls.Count > 0, "setWebhook");

        Assert.Equal((PublicUrl, FakeZaloBotApi.SecretToken), Assert.Single(bot.SetWebhookCalls));
        Assert.Equal(0, bot.WebhookDeletions);
        await app.SayOnBotAsync("chat-setup", "/start");
        Assert.NotEmpty(bot.MessagesTo("chat-setup"));
    }

    [Fact]
    public async Task RefusedSetWebhookMakesTheBotNotReadyUntilARetryWorks()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        bot.RefuseNextSetWebhooks(1_000);
        await using var app = ZaloApp.Start(bot: bot, settings: new Dictionary<string, string?>
        {
            ["Zalo:Bot:WebhookUrl"] = PublicUrl,
            ["Zalo:Bot:SetWebhookRetry"] = "00:00:00.050",
            ["Zalo:Bot:PollMaxBackoff"] = "00:00:00.100",
        });
        await Eventually.HoldsAsync(() => bot.SetWebhookCalls.Count >= 2, "setWebhook tried again");

        var (notReady, report) = await ReadinessAsync(app);
        bot.RefuseNextSetWebhooks(0);
        var calls = bot.SetWebhookCalls.Count;
        await Eventually.HoldsAsync(() => bot.SetWebhookCalls.Count > calls, "another setWebhook attempt");
        await Eventually.HoldsAsync(async () => (await ReadinessAsync(app)).Status == HttpStatusCode.OK, "ready after setWebhook worked");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady);
        Assert.Contains("setWebhook", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAWebhookUrlNothingIsRegistered()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(bot: bot);

        await app.SayOnBotAsync("chat-manual", "/start");

        Assert.NotEmpty(bot.MessagesTo("chat-manual"));
        Assert.Empty(bot.SetWebhookCalls);
        Assert.Equal(HttpStatusCode.OK, (await ReadinessAsync(app)).Status);
    }

    [Fact]
    public async Task PollingModeDeletesTheWebhookAndNeverSetsOne()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(bot: bot, settings: new Dictionary<string, string?>
        {
            ["Zalo:Bot:Mode"] = "polling",
            ["Zalo:Bot:SecretToken"] = "",
            ["Zalo:Bot:WebhookUrl"] = PublicUrl,
            ["Zalo:Bot:PollTimeoutSeconds"] = "1",
        });
        _ = app.Http;

        await Eventually.HoldsAsync(() => bot.WebhookDeletions >= 1 && bot.Polls >= 1, "deleteWebhook then getUpdates");

        Assert.Empty(bot.SetWebhookCalls);
    }

    [Fact]
    public async Task BotTokenZaloRefusesMakesTheBotNotReadyNamingTheSetting()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(bot: bot, settings: new Dictionary<string, string?> { ["Zalo:Bot:Token"] = "123:revoked-token" });

        await app.SayOnBotAsync("chat-revoked", "/start");
        var (status, report) = await ReadinessAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Zalo:Bot:Token", report, StringComparison.Ordinal);
        Assert.DoesNotContain("revoked-token", report, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Report)> ReadinessAsync(ZaloApp app)
    {
        using var response = await app.Http.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
