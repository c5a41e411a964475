extern alias BotHost;

using Bot.Broadcasts.Testing;
using Bot.Channels.Telegram.Receiving;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using BotProgram = BotHost::Program;

namespace Bot.Broadcasts.Tests;

/// <summary>
/// The real bot (Bot.Host's Program) with a real redis-server, Telegram pointed at a loopback fake Bot API
/// through the real Telegram.Bot client (webhook mode), and the Zalo Official Account at a loopback fake.
/// </summary>
public sealed class LiveApp : IAsyncDisposable
{
    public const string TelegramSecret = "live_secret-0123456789abcdef";

    private readonly string _tokenFolder;
    private readonly TelegramWebhookChat _telegramChat;

    /// <summary>False for an app started on another app's redis-server and fakes (a restart): disposing it leaves them running.</summary>
    private bool _ownsServers = true;
    private bool _stopped;

    private LiveApp(RedisServer redis, FakeBotApi telegram, FakeZaloOaApi zalo, WebApplicationFactory<BotProgram> factory, string tokenFolder)
    {
        Redis = redis;
        Telegram = telegram;
        Zalo = zalo;
        Factory = factory;
        Http = factory.CreateClient();
        _telegramChat = new TelegramWebhookChat(telegram, Http, TelegramSecret);
        _tokenFolder = tokenFolder;
    }

    public RedisServer Redis { get; }
    public FakeBotApi Telegram { get; }
    public FakeZaloOaApi Zalo { get; }
    public WebApplicationFactory<BotProgram> Factory { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => Factory.Services;

    /// <summary>Starts the app; with <paramref name="time"/> the bot (and the Zalo fake) run on that clock; <paramref name="settings"/> add or override keys.</summary>
    public static async Task<LiveApp> StartAsync(TimeProvider? time = null, IDictionary<string, string?>? settings = null) =>
        await StartOnAsync(await RedisServer.StartAsync(), await FakeBotApi.StartAsync(), await FakeZaloOaApi.StartAsync(), time, settings);

    /// <summary>A second process of the same deployment: another app on <paramref name="running"/>'s redis-server and platform fakes (a restart).</summary>
    public static async Task<LiveApp> RestartOnAsync(LiveApp running, TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var app = await StartOnAsync(running.Redis, running.Telegram, running.Zalo, time, settings);
        app._ownsServers = false;
        return app;
    }

    private static async Task<LiveApp> StartOnAsync(RedisServer redis, FakeBotApi telegram, FakeZaloOaApi zalo, TimeProvider? time,
        IDictionary<string, string?>? extra)
    {
        if (time is not null)
        {
            zalo.Time = time;
        }

        var tokenFolder = Path.Combine(Path.GetTempPath(), "broadcast-live-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Content:Path"] = RepositoryPaths.RealContent,
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:Mode"] = "webhook",
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram:SecretToken"] = TelegramSecret,
            ["Telegram:PerChatRate"] = "1000",
            ["Telegram:PerChatBurst"] = "20",
            ["Telegram:GlobalRateLimit"] = "1000",
            ["Telegram:RetryBaseDelayMilliseconds"] = "50",
            ["Zalo:OA:AppId"] = FakeZaloOaApi.AppId,
            ["Zalo:OA:AppSecret"] = FakeZaloOaApi.AppSecret,
            ["Zalo:OA:OaSecretKey"] = FakeZaloOaApi.OaSecretKey,
            ["Zalo:OA:AccessToken"] = FakeZaloOaApi.FirstAccessToken,
            ["Zalo:OA:RefreshToken"] = FakeZaloOaApi.FirstRefreshToken,
            ["Zalo:OA:ApiBaseUrl"] = zalo.BaseUrl,
            ["Zalo:OA:OAuthBaseUrl"] = zalo.BaseUrl,
            ["Zalo:OA:TokenStorePath"] = Path.Combine(tokenFolder, "tokens.json"),
            ["Broadcasts:PerChatInterval"] = "00:00:00.100",
            ["Broadcasts:ProgressInterval"] = "00:00:00.200",
            ["Broadcasts:RatePerSecond:telegram"] = "50",
            ["Broadcasts:RatePerSecond:zalo-oa"] = "50",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new WebApplicationFactory<BotProgram>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (time is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(time));
            }
        });
        try
        {
            var app = new LiveApp(redis, telegram, zalo, factory, tokenFolder);
            _ = app.Services; // starts the host now, so a bad setting fails here
            return app;
        }
        catch
        {
            await factory.DisposeAsync();
            await zalo.DisposeAsync();
            await telegram.DisposeAsync();
            await redis.DisposeAsync();
            throw;
        }
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    // ---- Telegram ----

    /// <summary>A Telegram user types <paramref name="text"/>; returns the messages the bot answered with.</summary>
    public Task<IReadOnlyList<FakeMessage>> TelegramSaysAsync(long chatId, string text, string languageCode = "vi") =>
        _telegramChat.SayAsync(chatId, text, languageCode);

    /// <summary>A Telegram user presses a button of <paramref name="message"/>.</summary>
    public Task<IReadOnlyList<FakeMessage>> TelegramPressesAsync(FakeMessage message, string callbackData) =>
        _telegramChat.PressAsync(message, callbackData);

    // ---- Zalo Official Account ----

    /// <summary>A Zalo user sends <paramref name="text"/> (a button press arrives the same way, carrying the payload).</summary>
    public async Task<IReadOnlyList<FakeOaMessage>> ZaloSaysAsync(string userId, string text)
    {
        var before = Zalo.MessagesTo(userId).Count;
        await PostZaloEventAsync(ZaloOaEvents.Text(userId, text, at: Get<TimeProvider>().GetUtcNow()));
        return Zalo.MessagesTo(userId).Skip(before).ToList();
    }

    /// <summary>A Zalo user follows (<paramref name="follows"/>) or unfollows the OA: Zalo sends the signed event, and stops or starts counting them as a follower.</summary>
    public async Task ZaloFollowsAsync(string userId, bool follows)
    {
        if (follows)
        {
            Zalo.Follow(userId);
        }
        else
        {
            Zalo.Unfollow(userId);
        }

        await PostZaloEventAsync(ZaloOaEvents.Follow(userId, follows ? "follow" : "unfollow", Get<TimeProvider>().GetUtcNow()));
    }

    /// <summary>Zalo signs the event and posts it; the webhook must take it (events are stamped on the bot's clock, as it refuses stale ones).</summary>
    private async Task PostZaloEventAsync(string json)
    {
        using var response = await ZaloOaEvents.PostAsync(Http, json);
        Assert.Equal(200, (int)response.StatusCode);
    }

    /// <summary>Stops the bot gracefully (as a deployment restarts it), leaving redis-server and the fakes running.</summary>
    public async Task StopBotAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            Http.Dispose();
            await Factory.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        if (_ownsServers)
        {
            await Zalo.DisposeAsync();
            await Telegram.DisposeAsync();
            await Redis.DisposeAsync();
        }

        if (Directory.Exists(_tokenFolder))
        {
            Directory.Delete(_tokenFolder, recursive: true);
        }
    }
}
