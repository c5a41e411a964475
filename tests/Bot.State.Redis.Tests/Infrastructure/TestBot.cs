using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using StackExchange.Redis;

namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>
/// One bot instance as a host would build it: its own Redis connection, the Redis store and a
/// turn processor over the real content. Two of these sharing a Redis are two instances behind a load balancer.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    private static readonly Lazy<DialogEngine> SharedEngine = new(() => new DialogEngine(ContentLoader.Load(RepositoryPaths.RealContent)));

    private TestBot(IConnectionMultiplexer redis, RedisStateOptions options)
    {
        Redis = redis;
        Options = options;
        Store = new RedisConversationStore(redis, options);
        Turns = new TurnProcessor(Store, new FixedEngineProvider(Engine));
    }

    public static DialogEngine Engine => SharedEngine.Value;

    public IConnectionMultiplexer Redis { get; }

    public RedisStateOptions Options { get; }

    public RedisConversationStore Store { get; }

    public TurnProcessor Turns { get; }

    /// <summary>A fresh key prefix, so tests sharing one Redis never see each other's keys.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10] + ":";

    public static async Task<TestBot> StartAsync(string connectionString, string prefix, string? clientName = null, TimeSpan? deduplicationWindow = null, int? recentConversations = null)
    {
        var config = RedisConnection.Configure(connectionString);
        config.AllowAdmin = true;
        if (clientName is not null)
        {
            config.ClientName = clientName;
        }

        var redis = await ConnectionMultiplexer.ConnectAsync(config);
        var options = new RedisStateOptions { ConnectionString = connectionString, KeyPrefix = prefix };
        if (deduplicationWindow is { } window)
        {
            options.DeduplicationWindow = window;
        }

        if (recentConversations is { } capacity)
        {
            options.RecentConversations = capacity;
        }

        return new TestBot(redis, options);
    }

    public Task<TurnResult> SendAsync(ConversationKey key, string payloadOrText, string? updateId = null) =>
        Turns.ProcessAsync(key, payloadOrText.Length > 2 && payloadOrText[1] == ':' && payloadOrText[0] is 'b' or 'f' or 'c'
            ? InboundMessage.FromPayload(payloadOrText, updateId)
            : InboundMessage.FromText(payloadOrText, updateId));

    /// <summary>What the web chat does: runs the turn through the channel contract, keeping (and replaying) its answer.</summary>
    public async Task<TurnRun> SendKeptAsync(ConversationKey key, string payload, string updateId, ReplaySink? sink = null) =>
        await Turns.RunTurnAsync(key, InboundMessage.FromPayload(payload, updateId), sink ?? new ReplaySink());

    /// <summary>Replies as comparable text: each message with its buttons (label, payload, link).</summary>
    public static string Describe(IEnumerable<Reply> replies) =>
        string.Join("\n---\n", replies.Select(r => r.Text + string.Concat(r.Buttons.Select(b => $"\n[{b.Label}|{b.Payload}|{b.Url}]"))));

    /// <summary>The payload of the button labelled <paramref name="label"/> in <paramref name="result"/>.</summary>
    public static string Button(TurnResult result, string label) =>
        result.Replies.SelectMany(r => r.Buttons).FirstOrDefault(b => b.Label == label)?.Payload
        ?? throw new InvalidOperationException($"No button \"{label}\" in: {string.Join(" | ", result.Replies.SelectMany(r => r.Buttons).Select(b => b.Label))}");

    /// <summary>Every key under this bot's prefix on every primary, with its raw contents.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DumpAsync()
    {
        var dump = new Dictionary<string, string>(StringComparer.Ordinal);
        var db = Redis.GetDatabase();
        foreach (var server in Redis.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(pattern: Options.KeyPrefix + "*"))
            {
                var type = await db.KeyTypeAsync(key);
                dump[key!] = type switch
                {
                    RedisType.Hash => string.Join(";", (await db.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}")),
                    RedisType.SortedSet => string.Join(";", (await db.SortedSetRangeByRankWithScoresAsync(key)).Select(e => $"{e.Element}@{e.Score}")),
                    RedisType.String => (string?)await db.StringGetAsync(key) ?? "",
                    _ => type.ToString(),
                };
            }
        }

        return dump;
    }

    public async ValueTask DisposeAsync() => await Redis.DisposeAsync();
}
