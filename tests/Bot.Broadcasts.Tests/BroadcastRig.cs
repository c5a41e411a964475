using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Subscriptions;
using Bot.Broadcasts.Testing;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Bot.Broadcasts.Tests;

/// <summary>
/// Everything one test needs, started fresh: a real redis-server, the platform fake, the broadcast
/// feature in a host (with or without its delivery worker), and the real turn pipeline on the real content.
/// </summary>
public sealed class BroadcastRig : IAsyncDisposable
{
    public const string Channel = HttpChannelMessenger.ChannelName;

    private BroadcastRig(RedisServer redis, FakePlatform platform, IHost host, TurnProcessor turns, IConversationStore conversations)
    {
        Redis = redis;
        Platform = platform;
        Host = host;
        Turns = turns;
        Conversations = conversations;
    }

    public RedisServer Redis { get; }
    public FakePlatform Platform { get; }
    public IHost Host { get; }
    public TurnProcessor Turns { get; }
    public IConversationStore Conversations { get; }

    /// <summary>Errors the turn processor logged (a turn that failed in a handler or the engine).</summary>
    public TurnErrorLog TurnLog { get; private init; } = new();

    public IServiceProvider Services => Host.Services;
    public BroadcastService Broadcasts => Services.GetRequiredService<BroadcastService>();
    public ISubscriptionStore Subscriptions => Services.GetRequiredService<ISubscriptionStore>();
    public IOfficerStore Officers => Services.GetRequiredService<IOfficerStore>();
    public IDatabase Db => Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    public static async Task<BroadcastRig> StartAsync(int rate = 1_000, bool deliver = true, TimeProvider? time = null,
        IDictionary<string, string?>? settings = null, int? platformRate = null)
    {
        var redis = await RedisServer.StartAsync();
        var platform = await FakePlatform.StartAsync(platformRate ?? rate);
        var all = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Broadcasts:AreasFile"] = Path.Combine(RepositoryPaths.RealContent, "areas.yaml"),
            [$"Broadcasts:RatePerSecond:{Channel}"] = rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Broadcasts:PerChatInterval"] = "00:00:00.200",
            ["Broadcasts:ProgressInterval"] = "00:00:00.200",
            ["Broadcasts:DeliveryEnabled"] = deliver ? "true" : "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var host = DeliveryHostBuilder.Build(all, platform.BaseAddress, time);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            // A failed start must not leave a redis-server or the fake running.
            host.Dispose();
            await platform.DisposeAsync();
            await redis.DisposeAsync();
            throw;
        }

        var conversations = new InMemoryConversationStore(time);
        var engine = new DialogEngine(ContentLoader.Load(RepositoryPaths.RealContent));
        var log = new TurnErrorLog();
        var turns = new TurnProcessor(conversations, new FixedEngineProvider(engine), TurnHandlers(host.Services), time: time, logger: log);
        return new BroadcastRig(redis, platform, host, turns, conversations) { TurnLog = log };
    }

    /// <summary>A resident or officer types <paramref name="text"/> on the fake channel; returns the replies' texts joined.</summary>
    public async Task<TurnResult> SayAsync(string chat, string text) =>
        await Turns.ProcessAsync(new ConversationKey(Channel, chat), InboundMessage.FromText(text));

    /// <summary>Presses a button.</summary>
    public async Task<TurnResult> PressAsync(string chat, string payload) =>
        await Turns.ProcessAsync(new ConversationKey(Channel, chat), InboundMessage.FromPayload(payload));

    /// <summary>Enrols <paramref name="chat"/> as an officer through the CLI's store and /canbo.</summary>
    public async Task EnrolAsync(string chat, string areaId, OfficerRole role)
    {
        var code = await Officers.CreateInviteAsync(areaId, role, TimeSpan.FromHours(1), CancellationToken.None);
        var result = await SayAsync(chat, "/canbo " + code);
        Assert.Contains("Đã xác nhận", Text(result));
    }

    /// <summary>Subscribes <paramref name="count"/> residents "r0", "r1"… to an area and topic directly in the store.</summary>
    public async Task SubscribeManyAsync(int count, string areaId, string topic = Topics.Scam, string prefix = "r")
    {
        var tasks = Enumerable.Range(0, count).Select(i =>
            Subscriptions.SetAsync(new ConversationKey(Channel, prefix + i), new Subscription(areaId, [topic]), CancellationToken.None));
        await Task.WhenAll(tasks);
    }

    /// <summary>This feature's two handlers in the order the host composes them (officers' dialog before subscriptions).</summary>
    private static IReadOnlyList<ITurnHandler> TurnHandlers(IServiceProvider services) => new TurnPipelineBuilder()
        .Use<Bot.Broadcasts.Chat.OfficerTurnHandler>()
        .Use<Bot.Broadcasts.Chat.SubscriptionTurnHandler>()
        .Build(services);

    public static string Text(TurnResult result) => string.Join("\n", result.Replies.Select(r => r.Text));

    public static IEnumerable<string> Payloads(TurnResult result) => result.Replies.SelectMany(r => r.Buttons).Select(b => b.Payload);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Platform.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
