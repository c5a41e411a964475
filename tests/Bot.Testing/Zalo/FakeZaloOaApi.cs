using System.Collections.Concurrent;
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
/// This file holds the state and the HTTP plumbing; the rest is split by what it plays: the OAuth token endpoint
/// (FakeZaloOaApi.Tokens.cs), who may be messaged (FakeZaloOaApi.Audience.cs), the send and quota endpoints with
/// their rules and programmed faults (FakeZaloOaApi.Sending.cs) and what was sent (FakeZaloOaApi.SentMessages.cs).
/// </remarks>
public sealed partial class FakeZaloOaApi : IAsyncDisposable
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

    /// <summary>The fake's clock (the 7-day window, the promotion day and night); share the bot's clock in tests that move time.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    private FakeZaloOaApi(string prefix)
    {
        _prefix = prefix;
        _refreshToken = prefix + FirstRefreshToken;
        _validAccessTokens = [prefix + FirstAccessToken];
    }

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

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
