using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Bot.Channels.Zalo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.Tests;

/// <summary>
/// The real bot (Bot.Host's Program) hosted in memory with the Zalo channels pointed at loopback
/// fakes, plus a webhook pusher that signs exactly the bytes it sends.
/// </summary>
public sealed class ZaloApp : IAsyncDisposable
{
    private static readonly JsonSerializerOptions RawUtf8 = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly WebApplicationFactory<Program> _factory;

    private readonly string? _ownedStoreFolder;

    private ZaloApp(WebApplicationFactory<Program> factory, string? ownedStoreFolder, LogSink logs)
    {
        _factory = factory;
        _ownedStoreFolder = ownedStoreFolder;
        Logs = logs;
        Http = factory.CreateClient();
    }

    public HttpClient Http { get; }

    /// <summary>Every line the host logged (all levels).</summary>
    public LogSink Logs { get; }

    public IServiceProvider Services => _factory.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the app with the OA channel and/or the Zalo Bot channel on.</summary>
    public static ZaloApp Start(FakeZaloOaApi? oa = null, FakeZaloBotApi? bot = null, string? tokenStorePath = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Content:Path"] = RepositoryPaths.RealContent };
        var ownStore = oa is not null && tokenStorePath is null;
        tokenStorePath ??= NewTokenStorePath();
        if (oa is not null)
        {
            all["Zalo:OA:AppId"] = FakeZaloOaApi.AppId;
            all["Zalo:OA:AppSecret"] = FakeZaloOaApi.AppSecret;
            all["Zalo:OA:OaSecretKey"] = FakeZaloOaApi.OaSecretKey;
            all["Zalo:OA:AccessToken"] = oa.AccessToken(1);
            all["Zalo:OA:RefreshToken"] = oa.RefreshToken(1);
            all["Zalo:OA:ApiBaseUrl"] = oa.BaseUrl;
            all["Zalo:OA:OAuthBaseUrl"] = oa.BaseUrl;
            all["Zalo:OA:TokenStorePath"] = tokenStorePath;
            all["Zalo:OA:RetryBackoff"] = "00:00:00.200";
        }

        if (bot is not null)
        {
            all["Zalo:Bot:Token"] = FakeZaloBotApi.Token;
            all["Zalo:Bot:SecretToken"] = FakeZaloBotApi.SecretToken;
            all["Zalo:Bot:ApiBaseUrl"] = bot.BaseUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var logs = new LogSink();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        });
        return new ZaloApp(factory, ownStore ? Path.GetDirectoryName(tokenStorePath) : null, logs);
    }

    /// <summary>A token file path in a fresh temporary folder.</summary>
    public static string NewTokenStorePath() =>
        Path.Combine(Path.GetTempPath(), "zalo-tests-" + Guid.NewGuid().ToString("N"), "tokens.json");

    // ---- Zalo OA webhook pusher ----

    /// <summary>POSTs <paramref name="json"/> to the OA webhook, signed over exactly the bytes sent (or with <paramref name="signature"/>).</summary>
    public Task<HttpResponseMessage> PushOaAsync(string json, string? signature = null, bool sign = true) =>
        ZaloOaEvents.PostAsync(Http, json, signature, sign);

    /// <summary>Pushes a text (or button payload) from <paramref name="userId"/> and expects 200.</summary>
    public async Task SayOnOaAsync(string userId, string text, string? msgId = null)
    {
        using var response = await PushOaAsync(ZaloOaEvents.Text(userId, text, msgId));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    // ---- Zalo Bot webhook pusher ----

    /// <summary>A Zalo Bot text update; <paramref name="wrapped"/> as documented ({ok,result}), else flat as observed.</summary>
    public static string BotTextUpdate(string chatId, string text, string? messageId = null, bool wrapped = false)
    {
        var update = new
        {
            event_name = "message.text.received",
            message = new
            {
                message_id = messageId ?? Guid.NewGuid().ToString("N")[..20],
                date = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                from = new { id = chatId, display_name = "Bà Tư", is_bot = false },
                chat = new { id = chatId, chat_type = "PRIVATE" },
                text,
            },
        };
        return wrapped ? JsonSerializer.Serialize(new { ok = true, result = update }, RawUtf8) : JsonSerializer.Serialize(update, RawUtf8);
    }

    public async Task<HttpResponseMessage> PushBotAsync(string json, string? secret = FakeZaloBotApi.SecretToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/zalo/bot/webhook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Bot-Api-Secret-Token", secret);
        }

        return await Http.SendAsync(request);
    }

    public async Task SayOnBotAsync(string chatId, string text, string? messageId = null)
    {
        using var response = await PushBotAsync(BotTextUpdate(chatId, text, messageId));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    // ---- state, for walking the dialogs ----

    /// <summary>The stored record of a conversation (null when none).</summary>
    public async Task<ConversationRecord?> RecordAsync(string channel, string chatId) =>
        (await Get<IConversationStore>().LoadAsync(new ConversationKey(channel, chatId), null, CancellationToken.None)).Record;

    public Bot.Dialogs.Engine.DialogEngine Engine => Get<IEngineProvider>().Current;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        if (_ownedStoreFolder is not null && Directory.Exists(_ownedStoreFolder))
        {
            Directory.Delete(_ownedStoreFolder, recursive: true);
        }
    }
}
