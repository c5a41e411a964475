using System.Buffers.Text;
using System.Net;
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

    public override HttpContent ToHttpContent() => new Content(chatId, tail);

    /// <summary>The body written straight to the connection in two pieces (the start with the chat id, then the tail), never joined.</summary>
    private sealed class Content : HttpContent
    {
        private readonly byte[] _start = new byte[Start.Length + 20];
        private readonly int _startLength;
        private readonly byte[] _tail;

        public Content(long chatId, byte[] tail)
        {
            Start.CopyTo(_start, 0);
            Utf8Formatter.TryFormat(chatId, _start.AsSpan(Start.Length), out var digits);
            _startLength = Start.Length + digits;
            _tail = tail;
            Headers.ContentType = Json;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_start.AsMemory(0, _startLength), cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(_tail, cancellationToken).ConfigureAwait(false);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            stream.Write(_start, 0, _startLength);
            stream.Write(_tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _startLength + _tail.Length;
            return true;
        }
    }
}
