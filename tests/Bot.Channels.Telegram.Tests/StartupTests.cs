using Bot.Testing.Telegram;

namespace Bot.Channels.Telegram.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task WebhookModeRegistersTheWebhookWithItsSecretAndTheUpdateTypesUsed()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        await Eventually.HoldsAsync(() => host.Api.Webhook is not null, "setWebhook");

        var webhook = host.Api.Webhook!;
        Assert.Equal("https://bot.example.test/telegram/webhook", webhook["url"]!.GetValue<string>());
        Assert.Equal(TelegramTestHost.Secret, webhook["secret_token"]!.GetValue<string>());
        var allowed = webhook["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["message", "callback_query", "my_chat_member"], allowed);
    }

    [Fact]
    public async Task CommandsAreRegisteredInVietnameseAndEnglish()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        await Eventually.HoldsAsync(() => host.Api.CommandsFor("en") is not null, "setMyCommands en");

        var vi = host.Api.CommandsFor("vi")!.Select(c => c!["command"]!.GetValue<string>()).ToList();
        var en = host.Api.CommandsFor("en")!.Select(c => c!["command"]!.GetValue<string>()).ToList();
        Assert.Contains("menu", vi);
        Assert.Contains("trogiup", vi);
        Assert.Contains("help", en);
        Assert.NotNull(host.Api.CommandsFor("")); // the default list, for every other language
    }
}
