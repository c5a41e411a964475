using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Bot.Testing;

namespace Bot.Broadcasts.Testing;

/// <summary>
/// A loopback messaging platform that behaves like Telegram where it matters for broadcasts:
/// it enforces a token bucket of <c>rate</c> messages/s (burst = one second's worth), answers 429
/// with retry_after when it is exceeded, and 403 for chats that blocked the bot.
/// </summary>
public sealed class FakePlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _bucketLock = new();
    private readonly int _rate;
    private double _tokens;
    private long _refilledAt = Stopwatch.GetTimestamp();
    private long _messageIds;
    private int _forcedRateLimits;

    private FakePlatform(WebApplication app, int rate)
    {
        _app = app;
        _rate = rate;
        _tokens = rate;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How many messages each chat received.</summary>
    public ConcurrentDictionary<string, int> Deliveries { get; } = new();

    /// <summary>Texts received, per chat, in order.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<string>> Texts { get; } = new();

    /// <summary>Chats that blocked the bot (answered 403).</summary>
    public ConcurrentDictionary<string, bool> Blocked { get; } = new();

    /// <summary>Editable messages: id → latest text.</summary>
    public ConcurrentDictionary<string, string> Editable { get; } = new();

    /// <summary>How many 429 answers the rate limit produced.</summary>
    public int TooManyRequests => _tooMany;
    private int _tooMany;

    /// <summary>Accepted sends (not counting 403/429).</summary>
    public long Accepted => Interlocked.Read(ref _accepted);
    private long _accepted;

    /// <summary>Stopwatch timestamps of accepted sends, for rate measurements.</summary>
    public ConcurrentQueue<long> AcceptedAt { get; } = new();

    /// <summary>Answers the next <paramref name="count"/> sends with 429 (retry_after 1 s), whatever the rate.</summary>
    public void ForceRateLimits(int count) => Interlocked.Exchange(ref _forcedRateLimits, count);

    public static async Task<FakePlatform> StartAsync(int ratePerSecond)
    {
        FakePlatform? fake = null;
        var (_, url) = await LoopbackServer.StartAsync(app =>
        {
            fake = new FakePlatform(app, ratePerSecond);
            app.MapPost("/send", (Delegate)(Func<HttpContext, Task<IResult>>)fake.SendAsync);
            app.MapPost("/editable", (Delegate)(Func<HttpContext, Task<IResult>>)fake.EditableAsync);
            app.MapPost("/edit", (Delegate)(Func<HttpContext, Task<IResult>>)fake.EditAsync);
        });
        fake!.BaseAddress = new Uri(url + "/");
        return fake;
    }

    private async Task<IResult> SendAsync(HttpContext http)
    {
        var body = await JsonDocument.ParseAsync(http.Request.Body);
        var chat = body.RootElement.GetProperty("chat").GetString()!;
        var text = body.RootElement.GetProperty("text").GetString()!;
        if (Blocked.ContainsKey(chat))
        {
            return Error(403, "Forbidden: bot was blocked by the user");
        }

        if (Interlocked.Decrement(ref _forcedRateLimits) >= 0 || !TakeToken())
        {
            Interlocked.Increment(ref _tooMany);
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(new { ok = false, error_code = 429, description = "Too Many Requests: retry after 1", parameters = new { retry_after = 1 } },
                statusCode: 429);
        }

        Interlocked.Increment(ref _accepted);
        AcceptedAt.Enqueue(Stopwatch.GetTimestamp());
        Deliveries.AddOrUpdate(chat, 1, (_, n) => n + 1);
        Texts.GetOrAdd(chat, _ => new ConcurrentQueue<string>()).Enqueue(text);
        return Results.Json(new { ok = true, result = new { message_id = Interlocked.Increment(ref _messageIds) } });
    }

    private async Task<IResult> EditableAsync(HttpContext http)
    {
        var body = await JsonDocument.ParseAsync(http.Request.Body);
        var id = Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Editable[id] = body.RootElement.GetProperty("text").GetString()!;
        return Results.Json(new { ok = true, result = new { message_id = id } });
    }

    private async Task<IResult> EditAsync(HttpContext http)
    {
        var body = await JsonDocument.ParseAsync(http.Request.Body);
        Editable[body.RootElement.GetProperty("message_id").GetString()!] = body.RootElement.GetProperty("text").GetString()!;
        return Results.Json(new { ok = true });
    }

    private bool TakeToken()
    {
        lock (_bucketLock)
        {
            var now = Stopwatch.GetTimestamp();
            _tokens = Math.Min(_rate, _tokens + Stopwatch.GetElapsedTime(_refilledAt, now).TotalSeconds * _rate);
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }

    private static IResult Error(int status, string description) =>
        Results.Json(new { ok = false, error_code = status, description }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
