using System.Buffers.Text;
using System.Net.Http.Headers;
using Telegram.Bot.Requests;

namespace Bot.Channels.Telegram.Sending;

/// <summary>
/// A sendMessage call whose JSON is the chat id followed by a message serialized once (<see cref="TelegramOutgoing.SendMessageTail"/>),
/// answered with only the sent message's id.
/// </summary>
/// <remarks>
/// The bytes are the ones Telegram.Bot's own <c>SendMessageRequest</c> writes (the tail is made by it), so Telegram sees
/// the same request; what is saved per send is serializing the text and keyboard again, and reading Telegram's whole
/// <c>Message</c> back (its chat, sender, text and keyboard) when the bot only keeps the id. Errors (429, 403, 5xx)
/// come back as the same exceptions, since the library still makes the call.
/// </remarks>
internal sealed class SendMessageBody(long chatId, byte[] tail) : RequestBase<SentMessageId>("sendMessage")
{
    private static readonly byte[] Start = "{\"chat_id\":"u8.ToArray();
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public override HttpContent ToHttpContent()
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(chatId, digits, out var length);
        var body = new byte[Start.Length + length + tail.Length];
        Start.CopyTo(body, 0);
        digits[..length].CopyTo(body.AsSpan(Start.Length));
        tail.CopyTo(body, Start.Length + length);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return content;
    }
}
