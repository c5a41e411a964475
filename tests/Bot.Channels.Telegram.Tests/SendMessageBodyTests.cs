using System.Text.Json;
using Bot.Channels.Telegram.Sending;
using Bot.Dialogs.Turns;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Channels.Telegram.Tests;

/// <summary>The sendMessage the bot writes from a message serialized once is, byte for byte, the one Telegram.Bot writes.</summary>
public sealed class SendMessageBodyTests
{
    [Theory]
    [InlineData(7001L, true)]
    [InlineData(-1001234567890L, true)]
    [InlineData(42L, false)]
    public async Task TheBodyIsTheLibrarysOwnSendMessageRequest(long chatId, bool withKeyboard)
    {
        var reply = new Reply("Bà con cần <căn cước> & số \"chính chủ\".", withKeyboard
            ? [new ReplyButton("Tôi muốn làm mức 2", "b:eid:intro:level2"), new ReplyButton("Cổng", "b:eid:intro:portal", "https://dichvucong.gov.vn"), new ReplyButton("🏠 Menu chính", "c:menu")]
            : []);
        var message = Assert.Single(TelegramRenderer.Render(reply));

        var ours = await new SendMessageBody(chatId, message.SendMessageTail).ToHttpContent().ReadAsStringAsync();

        var library = new SendMessageRequest
        {
            ChatId = chatId,
            Text = message.Html,
            ParseMode = ParseMode.Html,
            ReplyMarkup = message.Keyboard,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        };
        Assert.Equal(JsonSerializer.Serialize(library, JsonBotAPI.Options), ours);
        Assert.Equal("application/json; charset=utf-8", new SendMessageBody(chatId, message.SendMessageTail).ToHttpContent().Headers.ContentType!.ToString());
    }

    [Fact]
    public void AStepTheEditorsWroteIsRenderedAndSerializedOnceAnyOtherReplyEachTime()
    {
        var step = new Reply("Bước 1", [new ReplyButton("Tiếp", "b:eid:a:b")]) { Authored = true };
        var answer = new Reply("Câu trả lời", [new ReplyButton("Tiếp", "b:eid:a:b")]);

        Assert.Same(TelegramRenderer.RenderOnce(step), TelegramRenderer.RenderOnce(step));
        Assert.Same(TelegramRenderer.RenderOnce(step)[0].SendMessageTail, TelegramRenderer.RenderOnce(step)[0].SendMessageTail);
        Assert.NotSame(TelegramRenderer.RenderOnce(answer), TelegramRenderer.RenderOnce(answer));
        Assert.Equal(TelegramRenderer.Render(step)[0].Html, TelegramRenderer.RenderOnce(step)[0].Html);
    }
}
