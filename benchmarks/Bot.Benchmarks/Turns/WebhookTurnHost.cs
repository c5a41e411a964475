extern alias host;
using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bot.Channels.Telegram;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks.Turns;

/// <summary>
/// The real host in a TestServer, with the shipped content, the in-memory store and the Bot API faked in process:
/// one <see cref="RunAsync"/> is one webhook POST, answered once its turn is committed and sent.
/// </summary>
/// <remarks>
/// Each turn kind cycles over its own chats (so per-chat pacing never waits) and every update gets a new
/// update_id (so no turn is a redelivery). Bodies are templates patched in place: the harness allocates only the
/// request objects per turn, which the floor (<see cref="TurnKind.Ignored"/>, an update the bot does not act on) shows.
/// </remarks>
internal sealed class WebhookTurnHost : IAsyncDisposable
{
    private const string Secret = "webhook-turn-benchmark-secret-0123456789";
    private const int ChatsPerKind = 256;
    private const string UpdateSlot = "1111111111"; // 10 digits, patched per turn
    private const string ChatSlot = "2222222222";

    private readonly WebApplicationFactory<host::Program> _factory;
    private readonly HttpClient _client;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("webhook-turn-").FullName;
    private readonly Dictionary<TurnKind, Template> _templates = [];
    private long _updateId = 1_000_000_000;

    public WebhookTurnHost()
    {
        // WebApplicationFactory reads its manifest (where Bot.Host's content root is) from the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Api = new FakeBotApiHandler();
        _factory = new WebApplicationFactory<host::Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Content:Path", ContentFolder.Find());
            web.UseSetting("Data:Path", _dataFolder);
            web.UseSetting("Telegram:BotToken", "123456:BENCH-token");
            web.UseSetting("Telegram:Mode", "webhook");
            web.UseSetting("Telegram:WebhookUrl", "https://127.0.0.1/telegram/webhook");
            web.UseSetting("Telegram:SecretToken", Secret);
            web.UseSetting("Telegram:ApiBaseUrl", "http://127.0.0.1:9");
            web.UseSetting("Telegram:GlobalRateLimit", "1000000");
            web.UseSetting("Telegram:LiftSendLimitsForLoopbackBenchmark", "true");
            web.UseSetting("Telegram:PerChatRate", "1000");
            web.UseSetting("Telegram:PerChatBurst", "20");
            web.UseSetting("Logging:LogLevel:Default", "Warning"); // as benchmarks/run-peer-comparison.sh runs the bot
            web.ConfigureTestServices(services =>
                services.AddHttpClient(TelegramExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Api));
        });
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add(TelegramChannel.SecretHeader, Secret);
    }

    public FakeBotApiHandler Api { get; }

    /// <summary>Starts the host and finds a button of the e-ID flow's first step to press.</summary>
    public async Task StartAsync()
    {
        Add(TurnKind.StartEid, Text("/start eid"));
        Add(TurnKind.FreeText, Text("quen mat khau vneid thi lam sao"));
        Add(TurnKind.Ignored, "{\"update_id\":" + UpdateSlot + ",\"edited_message\":{\"message_id\":1,\"date\":1764900000,\"chat\":{\"id\":" + ChatSlot + ",\"type\":\"private\"},\"edit_date\":1764900001,\"text\":\"x\"}}");

        Api.KeepSent = true;
        await RunAsync(TurnKind.StartEid).ConfigureAwait(false);
        Api.KeepSent = false;
        var button = FirstCallbackData(Api.LastSent ?? throw new InvalidOperationException("/start eid sent nothing"));
        Add(TurnKind.Button, "{\"update_id\":" + UpdateSlot + ",\"callback_query\":{\"id\":\"4400000000000001\",\"from\":" + Resident() +
            ",\"chat_instance\":\"-7001\",\"message\":{\"message_id\":1001,\"date\":1764900000,\"from\":{\"id\":4242,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"},\"chat\":{\"id\":" + ChatSlot +
            ",\"type\":\"private\",\"first_name\":\"Resident\"},\"text\":\"Tài khoản định danh điện tử mức 2\"},\"data\":" + JsonSerializer.Serialize(button) + "}}");

        // Every chat of every kind has had one turn (the first turn of a chat creates its record).
        foreach (var kind in Enum.GetValues<TurnKind>())
        {
            for (var i = 0; i < ChatsPerKind; i++)
            {
                await RunAsync(kind).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One webhook POST of <paramref name="kind"/>; throws unless the bot answered 200.</summary>
    public async Task RunAsync(TurnKind kind)
    {
        var template = _templates[kind];
        var body = template.Next(++_updateId);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await _client.PostAsync(TelegramChannel.WebhookPath, content).ConfigureAwait(false);
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"{kind}: webhook answered {(int)response.StatusCode}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private static string Resident() => "{\"id\":" + ChatSlot + ",\"is_bot\":false,\"first_name\":\"Resident\",\"language_code\":\"vi\"}";

    private static string Text(string text)
    {
        var command = text.StartsWith('/')
            ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + (text.IndexOf(' ') is var end and >= 0 ? end : text.Length) + "}]"
            : "";
        return "{\"update_id\":" + UpdateSlot + ",\"message\":{\"message_id\":1,\"date\":1764900000,\"from\":" + Resident() +
            ",\"chat\":{\"id\":" + ChatSlot + ",\"type\":\"private\",\"first_name\":\"Resident\"},\"text\":" + JsonSerializer.Serialize(text) + command + "}}";
    }

    private void Add(TurnKind kind, string json) =>
        _templates[kind] = new Template(Encoding.UTF8.GetBytes(json), 3_000_000_000 + ((long)kind * ChatsPerKind));

    private static string FirstCallbackData(string sendMessageBody)
    {
        using var sent = JsonDocument.Parse(sendMessageBody);
        var markup = sent.RootElement.GetProperty("reply_markup");
        if (markup.ValueKind == JsonValueKind.String)
        {
            using var inner = JsonDocument.Parse(markup.GetString()!);
            return inner.RootElement.GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString()!;
        }

        return markup.GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString()!;
    }

    /// <summary>One update body whose update_id and chat id (10 digits each) are rewritten in place for every turn.</summary>
    private sealed class Template(byte[] bytes, long firstChat)
    {
        private readonly int[] _updateAt = Find(bytes, UpdateSlot);
        private readonly int[] _chatAt = Find(bytes, ChatSlot);
        private int _turn;

        public byte[] Next(long updateId)
        {
            var chat = firstChat + (_turn++ % ChatsPerKind);
            foreach (var at in _updateAt)
            {
                Utf8Formatter.TryFormat(updateId, bytes.AsSpan(at, 10), out _);
            }

            foreach (var at in _chatAt)
            {
                Utf8Formatter.TryFormat(chat, bytes.AsSpan(at, 10), out _);
            }

            return bytes;
        }

        private static int[] Find(byte[] bytes, string slot)
        {
            var found = new List<int>();
            var pattern = Encoding.UTF8.GetBytes(slot);
            for (var at = bytes.AsSpan().IndexOf(pattern); at >= 0;)
            {
                found.Add(at);
                var next = bytes.AsSpan(at + pattern.Length).IndexOf(pattern);
                at = next < 0 ? -1 : at + pattern.Length + next;
            }

            return [.. found];
        }
    }
}

/// <summary>The turns measured: the floor, a button press inside a flow, a deep link, a typed question.</summary>
internal enum TurnKind
{
    Ignored,
    Button,
    StartEid,
    FreeText,
}
