using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Telegram;

/// <summary>
/// A loopback Bot API server (Kestrel on 127.0.0.1:0) that answers like the real one for the methods
/// the bot uses: the {ok,result} / {ok:false,error_code,description} envelope with HTTP status =
/// error_code; 400 for bad HTML, empty or over-long text, callback_data over 64 bytes; 429 with
/// retry_after (and 429 again for a retry that comes too early); 403 for blocked chats; long-polled
/// getUpdates with offsets; 409 while a webhook is set. Every request is recorded.
/// </summary>
/// <remarks>
/// This file holds the state, the test's fault controls and the HTTP plumbing; the rest is split by what it plays:
/// what residents send (FakeBotApi.ResidentUpdates.cs), how updates reach the bot (FakeBotApi.UpdateDelivery.cs),
/// what the bot sends (FakeBotApi.BotMessages.cs) and files (FakeBotApi.Files.cs).
/// </remarks>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string BotUsername = "congan_test_bot";
    private const long BotId = 987654321;

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Dictionary<long, List<FakeMessage>> _messages = [];
    private readonly List<JsonObject> _updates = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<string, bool> _callbackQueries = [];
    private readonly Dictionary<long, DateTimeOffset> _floodUntil = [];
    private readonly Dictionary<string, Queue<int>> _failures = [];
    private readonly Dictionary<long, int> _floodNext = [];
    private readonly Dictionary<string, JsonArray> _commands = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private int _fileDownloads;
    private TaskCompletionSource _updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextMessageId = 100;
    private int _nextUpdateId = 5000;
    private int _pollGeneration;
    private int _confirmedOffset;

    private FakeBotApi(WebApplication app, string token)
    {
        _app = app;
        Token = token;
    }

    /// <summary>The token the fake accepts (it looks like a real one; every other token gets 404).</summary>
    public string Token { get; }

    /// <summary>Where the fake listens, for <c>Telegram:ApiBaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The longest a getUpdates call is held (the real server holds up to 50 s).</summary>
    public TimeSpan PollHoldCap { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Delay before answering sendMessage (to provoke the client's timeout); the message is still delivered.</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>Requests that came while the chat was still under a 429's retry_after.</summary>
    public int EarlyRetries { get; private set; }

    public static async Task<FakeBotApi> StartAsync(string? token = null)
    {
        // Joined at run time: the repository never holds a string shaped like a real bot token.
        token ??= string.Join(":", "123456789", "TEST-fake-token_abcdefghijklmnop");
        FakeBotApi? fake = null;
        var (_, url) = await LoopbackServer.StartAsync(app =>
        {
            fake = new FakeBotApi(app, token);
            app.Map("/bot{token}/{method}", fake.HandleAsync);
            app.MapGet("/file/bot{token}/{**path}", fake.DownloadFile);
        });
        fake!.BaseUrl = url;
        return fake;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_lock) { return _requests.ToList(); } }
    }

    public IReadOnlyList<RecordedRequest> RequestsFor(string method) =>
        Requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The resident blocked the bot: sendMessage to the chat answers 403.</summary>
    public void Block(long chatId)
    {
        lock (_lock) { _blocked.Add(chatId); }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> fail with <paramref name="status"/>.</summary>
    public void FailNext(string method, int status, int count = 1)
    {
        lock (_lock)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                _failures[method] = queue = new Queue<int>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(status);
            }
        }
    }

    /// <summary>The next sendMessage to the chat gets 429 with this retry_after (seconds).</summary>
    public void FloodNext(long chatId, int retryAfterSeconds)
    {
        lock (_lock) { _floodNext[chatId] = retryAfterSeconds; }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var parameters = await ReadParametersAsync(context.Request);
        if (token != Token)
        {
            await WriteAsync(context, method, parameters, Error(404, "Not Found"));
            return;
        }

        var response = await DispatchAsync(method.ToLowerInvariant(), parameters, context.RequestAborted);
        await WriteAsync(context, method, parameters, response);
    }

    private async Task<FakeResponse> DispatchAsync(string method, JsonObject p, CancellationToken aborted)
    {
        lock (_lock)
        {
            if (_failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var status))
            {
                return Error(status, status >= 500 ? "Internal Server Error" : "Bad Request: injected failure");
            }
        }

        return method switch
        {
            "getme" => Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Trợ lý", ["username"] = BotUsername }),
            "setwebhook" => SetWebhook(p),
            "deletewebhook" => DeleteWebhook(),
            "getupdates" => await GetUpdatesAsync(p, aborted),
            "sendmessage" => await SendMessageAsync(p),
            "editmessagetext" => EditMessageText(p),
            "answercallbackquery" => AnswerCallbackQuery(p),
            "setmycommands" => SetMyCommands(p),
            "getfile" => GetFile(p),
            _ => Error(404, "Not Found: method not found"),
        };
    }

    private static long? Long(JsonObject p, string name) => p[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var result = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            result[key] = value.ToString();
        }

        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    result[key] = value?.DeepClone();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                result[key] = key is "reply_markup" or "allowed_updates" or "commands" ? JsonNode.Parse(text) : text;
            }
        }

        return result;
    }

    private async Task WriteAsync(HttpContext context, string method, JsonObject parameters, FakeResponse response)
    {
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(method, parameters, response.Status, response.Body["description"]?.GetValue<string>(), DateTimeOffset.UtcNow));
        }

        if (response.Status == 499)
        {
            return;
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        if (response.Body["parameters"]?["retry_after"] is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToJsonString();
        }

        await context.Response.WriteAsync(response.Body.ToJsonString());
    }

    private static FakeResponse Ok(JsonNode result) =>
        new((int)HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = result });

    private static FakeResponse Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return new FakeResponse(code, body);
    }

    private sealed record FakeResponse(int Status, JsonObject Body);
}
