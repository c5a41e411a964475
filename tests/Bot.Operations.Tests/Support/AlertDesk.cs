using System.Net.Http.Headers;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Turns;
using Bot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Operations.Tests.Support;

/// <summary>
/// The real host with broadcasts on: a real redis-server, Telegram at a loopback fake Bot API (the real Telegram.Bot client),
/// an author and an approver of Hà Nội who sign in with their keys, and the bot's clock in the test's hands.
/// </summary>
public sealed class AlertDesk : IAsyncDisposable
{
    public const string AuthorKey = "author-key-for-dashboard-tests-6f1c2b";
    public const string ApproverKey = "approver-key-for-dashboard-tests-9d8e7f";
    public const string Commune = "ha-noi.hoan-kiem";

    private AlertDesk(RedisServer redis, FakeBotApi telegram, OpsFactory factory, ManualTime time)
    {
        Redis = redis;
        Telegram = telegram;
        Factory = factory;
        Time = time;
    }

    public RedisServer Redis { get; }
    public FakeBotApi Telegram { get; }
    public OpsFactory Factory { get; }
    public ManualTime Time { get; }
    public Uri? Address { get; private set; }

    /// <summary>Starts at <paramref name="now"/>; <paramref name="deliver"/> false leaves approved alerts where approval put them.</summary>
    public static async Task<AlertDesk> StartAsync(DateTimeOffset now, bool deliver = false, bool kestrel = false)
    {
        var redis = await RedisServer.StartAsync();
        var telegram = await FakeBotApi.StartAsync();
        var time = new ManualTime(now);
        var settings = TestKeys.AdminSettings();
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:1:Name"] = "Cán bộ Hoa",
            ["Admin:ApiKeys:1:Sha256"] = TestKeys.Sha256Hex(AuthorKey),
            ["Admin:ApiKeys:1:Role"] = "approver", // an approver too: the four-eyes rule, not the role, must stop her approving her own alert
            ["Admin:ApiKeys:1:Areas:0"] = "ha-noi",
            ["Admin:ApiKeys:2:Name"] = "Trưởng Công an Tùng",
            ["Admin:ApiKeys:2:Sha256"] = TestKeys.Sha256Hex(ApproverKey),
            ["Admin:ApiKeys:2:Role"] = "approver",
            ["Admin:ApiKeys:2:Areas:0"] = "ha-noi",
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Broadcasts:AreasFile"] = Path.Combine(RepositoryPaths.RealContent, "areas.yaml"),
            ["Broadcasts:DeliveryEnabled"] = deliver ? "true" : "false",
            ["Broadcasts:PerChatInterval"] = "00:00:00.050",
            ["Broadcasts:ProgressInterval"] = "00:00:00.200",
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:Mode"] = "webhook",
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram:SecretToken"] = "desk_secret-0123456789abcdef",
        })
        {
            settings[key] = value;
        }

        var factory = new OpsFactory { Settings = settings, TestServices = s => s.AddSingleton<TimeProvider>(time) };
        var desk = new AlertDesk(redis, telegram, factory, time);
        try
        {
            desk.Address = kestrel ? factory.StartKestrel() : null;
            _ = factory.Services; // a bad setting fails here
            return desk;
        }
        catch
        {
            await desk.DisposeAsync();
            throw;
        }
    }

    /// <summary>Residents on Telegram who chose <paramref name="areaId"/> and scam alerts.</summary>
    public async Task SubscribeAsync(string areaId, params long[] chatIds)
    {
        var store = Factory.Services.GetRequiredService<ISubscriptionStore>();
        foreach (var chat in chatIds)
        {
            await store.SetAsync(new ConversationKey("telegram", chat.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Subscription(areaId, ["scam"]), default);
        }
    }

    /// <summary>An API client signed in with <paramref name="key"/>.</summary>
    public HttpClient Client(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Telegram.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
