using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Operations.Tests.Support;

/// <summary>
/// A small Bot API on loopback for the real Telegram.Bot client: answers the setup calls, records every
/// message the bot sends, and plays Telegram towards the bot's webhook (text messages and button presses).
/// </summary>
public sealed class FakeTelegram : IAsyncDisposable
{
    public const string Secret = "privacy_scan_secret-0123456789";
    private readonly WebApplication _app;
    private readonly List<(long Chat, string Text, List<string> Payloads)> _sent = [];
    private int _nextUpdate = 1000;
    private int _nextMessage = 1;

    private FakeTelegram(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The host's address, once it runs, for webhook deliveries.</summary>
    public HttpClient? Bot { get; set; }

    public static async Task<FakeTelegram> StartAsync()
    {
        FakeTelegram? fake = null;
        var (app, url) = await LoopbackServer.StartAsync(app =>
            app.MapPost("/{bot}/{method}", async (string method, HttpRequest request) => await fake!.AnswerAsync(method, request)));
        fake = new FakeTelegram(app, url);
        return fake;
    }

    /// <summary>Every message the bot sent to <paramref name="chat"/>, in order.</summary>
    public IReadOnlyList<(string Text, List<string> Payloads)> MessagesTo(long chat)
    {
        lock (_sent)
        {
            return _sent.Where(m => m.Chat == chat).Select(m => (m.Text, m.Payloads)).ToList();
        }
    }

    /// <summary>The resident or officer types <paramref name="text"/>; returns what the bot answered.</summary>
    public Task<(string Text, List<string> Payloads)> SayAsync(long chat, string text) =>
        DeliverAsync(chat, new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _nextMessage),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
                ["from"] = From(chat),
                ["text"] = text,
            },
        });

    /// <summary>Presses the button with <paramref name="payload"/>; returns what the bot answered.</summary>
    public Task<(string Text, List<string> Payloads)> PressAsync(long chat, string payload) =>
        DeliverAsync(chat, new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cq" + Interlocked.Increment(ref _nextMessage),
                ["from"] = From(chat),
                ["chat_instance"] = "1",
                ["data"] = payload,
                ["message"] = new JsonObject
                {
                    ["message_id"] = 1,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
                    ["text"] = "…",
                },
            },
        });

    /// <summary>Waits (bounded) until the bot has sent <paramref name="chat"/> a message containing <paramref name="fragment"/>.</summary>
    public async Task<string> WaitForAsync(long chat, string fragment, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (MessagesTo(chat).Select(m => m.Text).FirstOrDefault(t => t.Contains(fragment, StringComparison.Ordinal)) is { } text)
            {
                return text;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message with \"{fragment}\" reached chat {chat}:\n" + string.Join("\n---\n", MessagesTo(chat).Select(m => m.Text)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static JsonObject From(long chat) =>
        new() { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Dân", ["language_code"] = "vi" };

    private async Task<(string Text, List<string> Payloads)> DeliverAsync(long chat, JsonObject update)
    {
        update["update_id"] = Interlocked.Increment(ref _nextUpdate);
        var before = MessagesTo(chat).Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await Bot!.SendAsync(request);
        response.EnsureSuccessStatusCode();

        // The webhook answers at once and the turn runs behind it: wait for the replies, then for quiet.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var seen = before;
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var count = MessagesTo(chat).Count;
            if (count != seen)
            {
                (seen, quietSince) = (count, DateTime.UtcNow);
            }
            else if (count > before && DateTime.UtcNow - quietSince > TimeSpan.FromMilliseconds(400))
            {
                break;
            }

            await Task.Delay(50);
        }

        var replies = MessagesTo(chat).Skip(before).ToList();
        return (string.Join("\n", replies.Select(r => r.Text)), replies.SelectMany(r => r.Payloads).ToList());
    }

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        var body = request.HasJsonContentType()
            ? await request.ReadFromJsonAsync<JsonObject>() ?? []
            : request.HasFormContentType
                ? new JsonObject((await request.ReadFormAsync()).Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value.ToString()))))
                : [];
        switch (method.ToLowerInvariant())
        {
            case "getme":
                return Ok(new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Công an", ["username"] = "congan_privacy_bot" });
            case "sendmessage":
            case "editmessagetext":
                var chat = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
                var text = body["text"]?.ToString() ?? "";
                var payloads = body["reply_markup"]?["inline_keyboard"]?.AsArray()
                    .SelectMany(row => row!.AsArray())
                    .Select(b => b?["callback_data"]?.ToString())
                    .OfType<string>()
                    .ToList() ?? [];
                lock (_sent)
                {
                    _sent.Add((chat, text, payloads));
                }

                return Ok(new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _nextMessage),
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
                    ["text"] = text,
                });
            default:
                return Ok(JsonValue.Create(true)); // setWebhook, setMyCommands, answerCallbackQuery …
        }
    }

    private static IResult Ok(JsonNode result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");
}
