using Bot.Channels.Zalo.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.Tests;

/// <summary>Each Zalo channel is on only when configured, and a half-configured channel stops the start with a message saying what to set.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task WithoutZaloKeysNoZaloEndpointExists()
    {
        await using var app = ZaloApp.Start();

        using var oa = await app.PushOaAsync(ZaloOaEvents.Text("u", "menu"));
        using var bot = await app.PushBotAsync(ZaloApp.BotTextUpdate("c", "menu"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, oa.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, bot.StatusCode);
    }

    [Fact]
    public async Task HalfConfiguredOfficialAccountStopsTheStartNamingTheMissingKeys()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = ZaloApp.Start(settings: new Dictionary<string, string?> { ["Zalo:OA:AppId"] = "123" });
        });

        Assert.Contains("Zalo:OA:OaSecretKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Zalo:OA:RefreshToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZaloBotWebhookWithoutASecretStopsTheStart()
    {
        await using var fake = await FakeZaloBotApi.StartAsync();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = ZaloApp.Start(bot: fake, settings: new Dictionary<string, string?> { ["Zalo:Bot:SecretToken"] = "short" });
        });

        Assert.Contains("Zalo:Bot:SecretToken", error.Message, StringComparison.Ordinal);
    }
}
