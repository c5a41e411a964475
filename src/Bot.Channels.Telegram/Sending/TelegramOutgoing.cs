using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Channels.Telegram.Sending;

/// <summary>One Telegram message ready to send: HTML text (already escaped) and an optional inline keyboard.</summary>
/// <remarks>
/// A class, not a record: it keeps its serialized sendMessage body, and a record's <c>with</c> would copy that body into
/// a message with other text, and its equality would compare the cache.
/// </remarks>
public sealed class TelegramOutgoing(string html, InlineKeyboardMarkup? keyboard)
{
    public string Html { get; } = html;

    public InlineKeyboardMarkup? Keyboard { get; } = keyboard;

    private static readonly byte[] ChatIdZero = "{\"chat_id\":0"u8.ToArray();
    private byte[]? _sendMessageTail;

    /// <summary>
    /// The sendMessage JSON after the chat id (text, parse mode, link preview off, keyboard), written by Telegram.Bot's
    /// own request type the first time it is needed; a step's messages are cached per content version
    /// (<see cref="TelegramRenderer.RenderOnce"/>), so a step is serialized once, not on every send.
    /// </summary>
    internal byte[] SendMessageTail => _sendMessageTail ??= SerializeTail();

    private byte[] SerializeTail()
    {
        var request = new SendMessageRequest
        {
            ChatId = 0,
            Text = Html,
            ParseMode = ParseMode.Html,
            ReplyMarkup = Keyboard,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(request, JsonBotAPI.Options);
        if (!json.AsSpan().StartsWith(ChatIdZero))
        {
            throw new InvalidOperationException("Telegram.Bot no longer writes chat_id first; SendMessageBody must change with it.");
        }

        return json[ChatIdZero.Length..];
    }
}
