using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Zalo;

/// <summary>
/// A loopback fake of the Zalo OA API: the OAuth token endpoint with single-use rotating refresh
/// tokens, and the customer-service send endpoint with programmable errors. Records every request.
/// </summary>
public sealed class FakeZaloOaApi : IAsyncDisposable
{
    public const string AppId = "3608465249409039";
    public const string AppSecret = "fake-app-secret-7Qm2";
    public const string OaSecretKey = "fake-oa-secret-key-Zx91";
    public const string FirstAccessToken = "AT1";
    public const string FirstRefreshToken = "RT1";

    private readonly Lock _lock = new();
    private readonly HashSet<string> _validAccessTokens;
    private readonly List<FakeOaMessage> _sent = [];
    private readonly ConcurrentQueue<int> _nextErrors = new();
    private readonly HashSet<string> _outsideWindow = [];
    private readonly HashSet<string> _seenTokens = [];
    private readonly string _prefix;
    private string _refreshToken;
    private int _generation = 1;
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Calls to the token endpoint that were accepted.</summary>
    public int RefreshCount { get; private set; }

    /// <summary>Every call to the token endpoint, accepted or not.</summary>
    public int RefreshAttempts { get; private set; }

    /// <summary>Calls to the send endpoint, accepted or not.</summary>
    public int SendAttempts { get; private set; }

    /// <summary>The tokens' lifetime the token endpoint reports (a string, as Zalo sends it).</summary>
    public string ExpiresIn { get; set; } = "90000";

    /// <summary>Delay inside the token endpoint, so concurrent refreshes would overlap.</summary>
    public TimeSpan RefreshDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Called the first time a freshly issued access token is used to send (before the send is answered).</summary>
    public Action<string>? OnNewAccessTokenUsed { get; set; }

    private FakeZaloOaApi(string prefix)
    {
        _prefix = prefix;
        _refreshToken = prefix + FirstRefreshToken;
        _validAccessTokens = [prefix + FirstAccessToken];
    }

    /// <summary>The access token of generation <paramref name="generation"/> (1 = the configured one).</summary>
    public string AccessToken(int generation) => _prefix + "AT" + generation;

    /// <summary>The refresh token of generation <paramref name="generation"/> (1 = the configured one).</summary>
    public string RefreshToken(int generation) => _prefix + "RT" + generation;

    /// <summary>Awaited inside the token endpoint before it answers, so a test can hold a refresh in flight.</summary>
    public Func<Task>? BeforeRefreshAnswer { get; set; }

    /// <summary>Starts the fake; with <paramref name="tokenPrefix"/> every token it issues starts with it (e.g. to look for it in Redis).</summary>
    public static async Task<FakeZaloOaApi> StartAsync(string tokenPrefix = "")
    {
        var fake = new FakeZaloOaApi(tokenPrefix);
        var (app, url) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v4/oa/access_token", fake.TokenAsync);
            app.MapPost("/v3.0/oa/message/cs", fake.SendAsync);
        });
        fake._app = app;
        fake.BaseUrl = url;
        return fake;
    }

    /// <summary>Messages sent to <paramref name="userId"/>, in order.</summary>
    public IReadOnlyList<FakeOaMessage> MessagesTo(string userId)
    {
        lock (_lock)
        {
            return _sent.Where(m => m.UserId == userId).ToList();
        }
    }

    /// <summary>Every accepted message.</summary>
    public IReadOnlyList<FakeOaMessage> AllMessages()
    {
        lock (_lock)
        {
            return _sent.ToList();
        }
    }

    /// <summary>Zalo forgets <paramref name="accessToken"/>: sends with it get -216.</summary>
    public void Invalidate(string accessToken)
    {
        lock (_lock)
        {
            _validAccessTokens.Remove(accessToken);
        }
    }

    /// <summary>The next send calls answer these error codes, one per call.</summary>
    public void FailNextSends(params int[] errors)
    {
        foreach (var error in errors)
        {
            _nextErrors.Enqueue(error);
        }
    }

    /// <summary>The user has not interacted for over 7 days: sends to them get -230.</summary>
    public void PutOutsideWindow(string userId)
    {
        lock (_lock)
        {
            _outsideWindow.Add(userId);
        }
    }

    /// <summary>The user wrote to the OA again: Zalo reopens the 7-day window.</summary>
    public void BringBackIntoWindow(string userId)
    {
        lock (_lock)
        {
            _outsideWindow.Remove(userId);
        }
    }

    /// <summary>The refresh token Zalo currently accepts.</summary>
    public string CurrentRefreshToken
    {
        get
        {
            lock (_lock)
            {
                return _refreshToken;
            }
        }
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        await Task.Delay(RefreshDelay);
        if (BeforeRefreshAnswer is { } hold)
        {
            await hold();
        }

        lock (_lock)
        {
            RefreshAttempts++;
            if (request.Headers["secret_key"] != AppSecret || form["app_id"] != AppId || form["grant_type"] != "refresh_token")
            {
                return Results.Json(new { error = -14002, error_name = "Invalid app", error_description = "secret_key or app_id is wrong" });
            }

            if (form["refresh_token"] != _refreshToken)
            {
                // Single use: a refresh token that was already rotated away is dead.
                return Results.Json(new { error = -14014, error_name = "Invalid refresh token", error_description = "refresh token is invalid or used" });
            }

            _generation++;
            RefreshCount++;
            _refreshToken = RefreshToken(_generation);
            var access = AccessToken(_generation);
            _validAccessTokens.Add(access);
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = access,
                ["refresh_token"] = _refreshToken,
                ["expires_in"] = ExpiresIn,
            });
        }
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        var token = request.Headers["access_token"].ToString();
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        var userId = body?["recipient"]?["user_id"]?.GetValue<string>() ?? "";
        var message = body?["message"] as JsonObject;

        bool firstUse;
        lock (_lock)
        {
            SendAttempts++;
            if (!_validAccessTokens.Contains(token))
            {
                return Results.Json(new { error = -216, message = "Access token is invalid" });
            }

            firstUse = token != AccessToken(1) && _seenTokens.Add(token);
        }

        if (firstUse)
        {
            OnNewAccessTokenUsed?.Invoke(token);
        }

        if (_nextErrors.TryDequeue(out var error))
        {
            return Results.Json(new { error, message = "programmed failure" });
        }

        lock (_lock)
        {
            if (_outsideWindow.Contains(userId))
            {
                return Results.Json(new { error = -230, message = "User has not interacted with the OA in the past 7 days" });
            }

            var id = Guid.NewGuid().ToString("N")[..20];
            _sent.Add(new FakeOaMessage(userId, message?["text"]?.GetValue<string>() ?? "", Buttons(message), token, id));
            return Results.Json(new { error = 0, message = "Success", data = new { message_id = id, user_id = userId } });
        }
    }

    private static List<FakeOaButton> Buttons(JsonObject? message)
    {
        if (message?["attachment"]?["payload"]?["buttons"] is not JsonArray buttons)
        {
            return [];
        }

        return buttons.Select(b => new FakeOaButton(
            b!["title"]!.GetValue<string>(),
            b["type"]!.GetValue<string>(),
            b["payload"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null,
            b["payload"] is JsonObject link ? link["url"]?.GetValue<string>() : null)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
