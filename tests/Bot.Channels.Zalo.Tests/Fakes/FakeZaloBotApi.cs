using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.Zalo.Tests.Fakes;

/// <summary>A loopback fake of the Zalo Bot API: sendMessage (recorded), getUpdates (one queued update per call), deleteWebhook.</summary>
public sealed class FakeZaloBotApi : IAsyncDisposable
{
    public const string Token = "1459232241454765289:fake-bot-secret";
    public const string SecretToken = "webhook-secret-abc123";

    private readonly Lock _lock = new();
    private readonly List<FakeBotMessage> _sent = [];
    private readonly Channel<string> _updates = Channel.CreateUnbounded<string>();
    private WebApplication? _app;
    private readonly List<(string Url, string Secret)> _webhooks = [];
    private int _failPolls;
    private int _refuseSetWebhooks;

    public string BaseUrl { get; private set; } = "";

    /// <summary>getUpdates calls answered so far.</summary>
    public int Polls { get; private set; }

    /// <summary>deleteWebhook calls.</summary>
    public int WebhookDeletions { get; private set; }

    public static async Task<FakeZaloBotApi> StartAsync()
    {
        var fake = new FakeZaloBotApi();
        var (app, url) = await LoopbackServer.StartAsync(app => app.MapPost("/{bot}/{method}", fake.HandleAsync));
        fake._app = app;
        fake.BaseUrl = url;
        return fake;
    }

    public IReadOnlyList<FakeBotMessage> MessagesTo(string chatId)
    {
        lock (_lock)
        {
            return _sent.Where(m => m.ChatId == chatId).ToList();
        }
    }

    /// <summary>Every setWebhook call's url and secret_token, in order.</summary>
    public IReadOnlyList<(string Url, string Secret)> SetWebhookCalls
    {
        get
        {
            lock (_lock)
            {
                return _webhooks.ToList();
            }
        }
    }

    /// <summary>The next <paramref name="count"/> setWebhook calls are refused with error 400.</summary>
    public void RefuseNextSetWebhooks(int count) => Interlocked.Exchange(ref _refuseSetWebhooks, count);

    /// <summary>Queues an update (its exact JSON) for the next getUpdates call.</summary>
    public void QueueUpdate(string json) => _updates.Writer.TryWrite(json);

    /// <summary>The next <paramref name="count"/> getUpdates calls fail with HTTP 502.</summary>
    public void FailNextPolls(int count) => Interlocked.Exchange(ref _failPolls, count);

    private async Task<IResult> HandleAsync(string bot, string method, HttpRequest request)
    {
        if (bot != "bot" + Token)
        {
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        }

        var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        switch (method)
        {
            case "sendMessage":
                var text = body?["text"]?.GetValue<string>() ?? "";
                if (text.Length is 0 or > 2000)
                {
                    return Results.Json(new { ok = false, error_code = 400, description = "text must be 1-2000 characters" }, statusCode: 400);
                }

                lock (_lock)
                {
                    _sent.Add(new FakeBotMessage(body!["chat_id"]!.GetValue<string>(), text));
                }

                return Results.Json(new { ok = true, result = new { message_id = Guid.NewGuid().ToString("N")[..20], date = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() } });

            case "getUpdates":
                Polls++;
                if (Interlocked.Decrement(ref _failPolls) >= 0)
                {
                    return Results.Text("bad gateway", statusCode: 502);
                }

                var seconds = int.TryParse(body?["timeout"]?.ToString(), out var s) ? s : 30;
                using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(seconds)))
                {
                    try
                    {
                        var update = await _updates.Reader.ReadAsync(CancellationTokenSource.CreateLinkedTokenSource(wait.Token, request.HttpContext.RequestAborted).Token);
                        return Results.Text("{\"ok\":true,\"result\":" + update + "}", "application/json");
                    }
                    catch (OperationCanceledException)
                    {
                        return Results.Json(new { ok = false, error_code = 408, description = "Request timeout" });
                    }
                }

            case "setWebhook":
                lock (_lock)
                {
                    _webhooks.Add((body?["url"]?.ToString() ?? "", body?["secret_token"]?.ToString() ?? ""));
                }

                if (Interlocked.Decrement(ref _refuseSetWebhooks) >= 0)
                {
                    return Results.Json(new { ok = false, error_code = 400, description = "url is not reachable" }, statusCode: 400);
                }

                return Results.Json(new { ok = true, result = new { url = body?["url"]?.ToString(), updated_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() } });

            case "deleteWebhook":
                WebhookDeletions++;
                return Results.Json(new { ok = true, result = new { url = "", updated_at = 0 } });

            default:
                return Results.Json(new { ok = false, error_code = 404, description = "Not found" }, statusCode: 404);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _updates.Writer.TryComplete();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
