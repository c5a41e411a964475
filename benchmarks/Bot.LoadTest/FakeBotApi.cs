using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Bot.LoadTest;

/// <summary>
/// Loopback stand-in for the Telegram Bot API: answers every method with Telegram's envelope
/// (<c>{"ok":true,"result":…}</c>) and hands each sent message to <see cref="ChatInboxes"/> with its arrival time.
/// </summary>
internal sealed class FakeBotApi : IAsyncDisposable
{
    private const long BotUserId = 4242;
    private readonly WebApplication _app;
    private readonly ChatInboxes _inboxes;
    private readonly ConcurrentDictionary<long, int> _messageIds = new();

    /// <summary>Calls per Bot API method (lower case), for "API calls per turn".</summary>
    public ConcurrentDictionary<string, long> Calls { get; } = new(StringComparer.Ordinal);

    public int Port { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public FakeBotApi(ChatInboxes inboxes, int port)
    {
        _inboxes = inboxes;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1);
            k.AddServerHeader = false;
        });
        _app = builder.Build();
        _app.MapMethods("/bot{token}/{method}", ["GET", "POST"], HandleAsync);
    }

    public async Task StartAsync()
    {
        await _app.StartAsync().ConfigureAwait(false);
        Port = new Uri(_app.Urls.First()).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var name = method.ToLowerInvariant();
        Calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        var body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        var arrived = Stopwatch.GetTimestamp();
        var output = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", true);
            json.WritePropertyName("result");
            switch (name)
            {
                case "sendmessage" or "editmessagetext" or "sendphoto":
                    WriteMessage(json, Received(body, arrived));
                    break;
                case "getme":
                    json.WriteStartObject();
                    json.WriteNumber("id", BotUserId);
                    json.WriteBoolean("is_bot", true);
                    json.WriteString("first_name", "Bench");
                    json.WriteString("username", "bench_bot");
                    json.WriteBoolean("can_join_groups", false);
                    json.WriteBoolean("can_read_all_group_messages", false);
                    json.WriteBoolean("supports_inline_queries", false);
                    json.WriteEndObject();
                    break;
                case "getwebhookinfo":
                    json.WriteStartObject();
                    json.WriteString("url", "");
                    json.WriteBoolean("has_custom_certificate", false);
                    json.WriteNumber("pending_update_count", 0);
                    json.WriteEndObject();
                    break;
                case "getupdates":
                    json.WriteStartArray();
                    json.WriteEndArray();
                    break;
                default: // setWebhook, setMyCommands, answerCallbackQuery, deleteWebhook, sendChatAction …
                    json.WriteBooleanValue(true);
                    break;
            }

            json.WriteEndObject();
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = output.WrittenCount;
        await context.Response.Body.WriteAsync(output.WrittenMemory).ConfigureAwait(false);
    }

    private ReceivedMessage Received(JsonElement body, long arrived)
    {
        long chatId = 0;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("chat_id", out var chat))
        {
            chatId = chat.ValueKind == JsonValueKind.Number ? chat.GetInt64() : long.TryParse(chat.GetString(), out var c) ? c : 0;
        }

        var text = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString() ?? ""
            : "";
        var buttons = new List<(string, string)>();
        if (body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("reply_markup", out var markup)
            && (markup.ValueKind == JsonValueKind.Object || (markup.ValueKind == JsonValueKind.String && TryParse(markup.GetString(), out markup)))
            && markup.TryGetProperty("inline_keyboard", out var rows))
        {
            foreach (var row in rows.EnumerateArray())
            {
                foreach (var b in row.EnumerateArray())
                {
                    if (b.TryGetProperty("callback_data", out var data))
                    {
                        buttons.Add((b.GetProperty("text").GetString() ?? "", data.GetString() ?? ""));
                    }
                }
            }
        }

        var id = _messageIds.AddOrUpdate(chatId, 1, (_, n) => n + 1);
        var message = new ReceivedMessage(chatId, id, text, buttons, arrived);
        _inboxes.Deliver(message);
        return message;
    }

    private static void WriteMessage(Utf8JsonWriter json, ReceivedMessage m)
    {
        json.WriteStartObject();
        json.WriteNumber("message_id", m.MessageId);
        json.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        json.WriteStartObject("from");
        json.WriteNumber("id", BotUserId);
        json.WriteBoolean("is_bot", true);
        json.WriteString("first_name", "Bench");
        json.WriteString("username", "bench_bot");
        json.WriteEndObject();
        json.WriteStartObject("chat");
        json.WriteNumber("id", m.ChatId);
        json.WriteString("type", "private");
        json.WriteString("first_name", "Resident");
        json.WriteEndObject();
        json.WriteString("text", m.Text);
        json.WriteEndObject();
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            // Multipart or urlencoded: fields become a flat JSON object of strings.
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            var dict = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            return JsonSerializer.SerializeToElement(dict);
        }

        if (request.ContentLength is 0)
        {
            return default;
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static bool TryParse(string? text, out JsonElement element)
    {
        element = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            element = doc.RootElement.Clone();
            return element.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
