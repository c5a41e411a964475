using System.Net;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Zalo.Tests;

/// <summary>The Zalo Bot channel: secret-checked webhook, both update shapes, one answer per message, numbered options.</summary>
public sealed class ZaloBotTests : IAsyncLifetime
{
    private FakeZaloBotApi _bot = null!;
    private ZaloApp _app = null!;

    public async Task InitializeAsync()
    {
        _bot = await FakeZaloBotApi.StartAsync();
        _app = ZaloApp.Start(bot: _bot);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task StartShowsTheMenuAsNumberedOptions()
    {
        await _app.SayOnBotAsync("chat-start", "/start");

        var message = Assert.Single(_bot.MessagesTo("chat-start"));
        var menu = _app.Engine.Content.Menu;
        Assert.StartsWith(menu.Text.Vi, message.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n1. " + menu.Buttons[0].Label.Vi, message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret-123")]
    [InlineData("")]
    public async Task WebhookWithoutTheRightSecretIsRejectedAndNotProcessed(string? secret)
    {
        using var response = await _app.PushBotAsync(ZaloApp.BotTextUpdate("chat-forged", "/start"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.MessagesTo("chat-forged"));
        Assert.Null(await _app.RecordAsync(ZaloChannels.Bot, "chat-forged"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WrappedAndFlatUpdatesAreBothAnswered(bool wrapped)
    {
        using var response = await _app.PushBotAsync(ZaloApp.BotTextUpdate("chat-shape", "menu", wrapped: wrapped));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.MessagesTo("chat-shape"));
    }

    [Fact]
    public async Task RedeliveredMessageIsAnsweredOnce()
    {
        var update = ZaloApp.BotTextUpdate("chat-dup", "menu", messageId: "2d758cb5e222177a4e35");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _app.PushBotAsync(update)));
        await _app.PushBotAsync(ZaloApp.BotTextUpdate("chat-dup", "menu", messageId: "2d758cb5e222177a4e35", wrapped: true));

        Assert.Single(_bot.MessagesTo("chat-dup"));
    }

    [Fact]
    public async Task TypingANumberChoosesThatOption()
    {
        await _app.SayOnBotAsync("chat-number", "/start");

        await _app.SayOnBotAsync("chat-number", "1");

        var record = await _app.RecordAsync(ZaloChannels.Bot, "chat-number");
        Assert.Equal(_app.Engine.Content.Menu.Buttons[0].Flow!.Split('.')[0], record!.Flow);
    }

    [Fact]
    public async Task MalformedUpdatesAreAcknowledgedWithoutAnAnswer_AndAStickerGetsWhatTheBotCanDo()
    {
        var sticker = """{"event_name":"message.sticker.received","message":{"message_id":"s1","from":{"id":"chat-odd"},"chat":{"id":"chat-odd","chat_type":"PRIVATE"},"sticker":"abc"}}""";

        using var first = await _app.PushBotAsync(sticker);
        using var second = await _app.PushBotAsync("""{"ok":true,"result":42}""");
        using var third = await _app.PushBotAsync("not json");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("nhãn dán", Assert.Single(_bot.MessagesTo("chat-odd")).Text); // never silent (issue #21)
    }

    [Fact]
    public async Task LongAnswerIsSplitIntoMessagesZaloAccepts()
    {
        var messenger = _app.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == ZaloChannels.Bot);
        var text = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Đoạn {i}: công an xã, phường hướng dẫn người dân làm thủ tục đúng quy định."));

        var outcome = await messenger.SendAsync("chat-long", [new Reply(text, [new ReplyButton("Menu chính", "c:menu")])], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var messages = _bot.MessagesTo("chat-long");
        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, 2000));
        Assert.All(messages.SkipLast(1), m => Assert.EndsWith("quy định.", m.Text, StringComparison.Ordinal));
        Assert.EndsWith("\n\n1. Menu chính", messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditArrivesAsANewMessage()
    {
        var messenger = _app.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == ZaloChannels.Bot);

        var id = await messenger.SendEditableAsync("chat-edit", "Đang kiểm tra…", CancellationToken.None);
        await messenger.EditAsync("chat-edit", id!, "Đã kiểm tra xong.", CancellationToken.None);

        Assert.Equal(["Đang kiểm tra…", "Đã kiểm tra xong."], _bot.MessagesTo("chat-edit").Select(m => m.Text));
    }
}
