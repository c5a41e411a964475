using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Zalo;

/// <summary>
/// A loopback fake of the Zalo OA API: the OAuth token endpoint with single-use rotating refresh
/// tokens, and the send endpoints with programmable errors. Records every request.
/// </summary>
/// <remarks>
/// It enforces the rules of platform-protocols B5–B6 that alerts depend on: customer-service messages only within
/// 7 days of the user's last interaction (-230); promotion and transaction messages only to followers (-213); promotion
/// one per follower per Vietnam day, not between 22:00 and 06:00 (-234), within a quota (-211); transaction
/// within a year of the last interaction. A second promotion on one day is refused and counted in
/// <see cref="Violations"/>. Users it has not been told about follow and are inside the window.
/// </remarks>
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
    private readonly HashSet<string> _notFollowing = [];
    private readonly Dictionary<string, DateTimeOffset> _lastInteraction = [];
    private readonly Dictionary<string, string> _promotionDay = [];
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
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

    /// <summary>The fake's clock (the 7-day window, the promotion day and night); share the bot's clock in tests that move time.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Promotion messages left this month; null: no quota enforced.</summary>
    public int? PromotionQuota { get; set; }

    /// <summary>The total the quota endpoint reports.</summary>
    public int PromotionQuotaTotal { get; set; } = 2_000;

    /// <summary>Sends that broke a rule the bot should know (a second promotion on one day to the same user).</summary>
    public int Violations { get; private set; }

    /// <summary>Calls to the quota endpoint.</summary>
    public int QuotaReads { get; private set; }

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
            app.MapPost("/v3.0/oa/message/{type}", (string type, HttpRequest request) => fake.SendAsync(type, request));
            app.MapPost("/v2.0/oa/quota/message", fake.QuotaAsync);
            app.MapGet("/v3.0/oa/user/detail", fake.UserDetail);
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

    /// <summary>The user stops following the OA.</summary>
    public void Unfollow(string userId)
    {
        lock (_lock)
        {
            _notFollowing.Add(userId);
        }
    }

    /// <summary>The user follows the OA.</summary>
    public void Follow(string userId)
    {
        lock (_lock)
        {
            _notFollowing.Remove(userId);
        }
    }

    /// <summary>The user last interacted with the OA at <paramref name="at"/> (the 7-day window and the transaction year count from it).</summary>
    public void LastInteracted(string userId, DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastInteraction[userId] = at;
            _outsideWindow.Remove(userId);
        }
    }

    /// <summary>Promotion messages to <paramref name="userId"/>, in order.</summary>
    public IReadOnlyList<FakeOaMessage> PromotionsTo(string userId) => MessagesTo(userId).Where(m => m.Type == "promotion").ToList();

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

    private async Task<IResult> SendAsync(string type, HttpRequest request)
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
            var now = Time.GetUtcNow();
            var sinceLast = _lastInteraction.TryGetValue(userId, out var last) ? now - last : TimeSpan.Zero;
            if (_notFollowing.Contains(userId) && type != "cs")
            {
                // Follower messages need a follower; a customer-service reply needs only the 7-day window.
                return Results.Json(new { error = -213, message = "User has not followed the OA" });
            }

            switch (type)
            {
                case "cs" when _outsideWindow.Contains(userId) || sinceLast > TimeSpan.FromDays(7):
                    return Results.Json(new { error = -230, message = "User has not interacted with the OA in the past 7 days" });
                case "transaction" when sinceLast > TimeSpan.FromDays(365):
                    return Results.Json(new { error = -232, message = "User interaction expired" });
                case "promotion":
                    var local = now.ToOffset(VietnamOffset);
                    if (local.Hour >= 22 || local.Hour < 6)
                    {
                        return Results.Json(new { error = -234, message = "Message can not be sent at night" });
                    }

                    var day = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    if (_promotionDay.TryGetValue(userId, out var used) && used == day)
                    {
                        Violations++;
                        return Results.Json(new { error = -211, message = "User has received a promotion message today" });
                    }

                    if (PromotionQuota is { } left)
                    {
                        if (left <= 0)
                        {
                            return Results.Json(new { error = -211, message = "Out of quota" });
                        }

                        PromotionQuota = left - 1;
                    }

                    _promotionDay[userId] = day;
                    break;
                case "cs" or "transaction" or "promotion":
                    break;
                default:
                    return Results.Json(new { error = -233, message = "Message type is invalid" });
            }

            var id = Guid.NewGuid().ToString("N")[..20];
            _sent.Add(Record(type, userId, message, token, id, now));
            return Results.Json(new { error = 0, message = "Success", data = new { message_id = id, user_id = userId } });
        }
    }

    private static FakeOaMessage Record(string type, string userId, JsonObject? message, string token, string id, DateTimeOffset at)
    {
        if (type == "cs")
        {
            return new FakeOaMessage(userId, message?["text"]?.GetValue<string>() ?? "", Buttons(message), token, id) { At = at };
        }

        var payload = message?["attachment"]?["payload"] as JsonObject;
        var elements = (payload?["elements"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var header = elements.FirstOrDefault(e => e["type"]?.GetValue<string>() == "header")?["content"]?.GetValue<string>();
        var texts = elements.Where(e => e["type"]?.GetValue<string>() == "text").Select(e => e["content"]?.GetValue<string>() ?? "");
        var buttons = (payload?["buttons"] as JsonArray ?? []).Select(b => new FakeOaButton(
            b!["title"]!.GetValue<string>(),
            b["type"]!.GetValue<string>(),
            b["payload"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null,
            b["payload"] is JsonObject link ? link["url"]?.GetValue<string>() : null)).ToList();
        return new FakeOaMessage(userId, string.Join("\n", texts.Prepend(header ?? "")), buttons, token, id, type)
        {
            Header = header,
            Language = payload?["language"]?.GetValue<string>(),
            At = at,
        };
    }

    private IResult QuotaAsync(HttpRequest request)
    {
        lock (_lock)
        {
            QuotaReads++;
            if (!_validAccessTokens.Contains(request.Headers["access_token"].ToString()))
            {
                return Results.Json(new { error = -216, message = "Access token is invalid" });
            }

            var remain = PromotionQuota ?? PromotionQuotaTotal;
            return Results.Json(new
            {
                error = 0,
                message = "Success",
                data = new { quota_type = "promotion", remain = remain.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    total = PromotionQuotaTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), owner_type = "OA" },
            });
        }
    }

    private IResult UserDetail(HttpRequest request)
    {
        var data = JsonNode.Parse(request.Query["data"].ToString() is { Length: > 0 } d ? d : "{}");
        var userId = data?["user_id"]?.GetValue<string>() ?? "";
        lock (_lock)
        {
            return Results.Json(new { error = 0, message = "Success", data = new { user_id = userId, display_name = "Người dùng", user_is_follower = !_notFollowing.Contains(userId) } });
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
