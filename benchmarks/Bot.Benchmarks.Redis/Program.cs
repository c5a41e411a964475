using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Redis;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.State.Redis;
using StackExchange.Redis;

// Turns/s through engine + Redis store with N concurrent conversations, next to redis-benchmark
// GET/SET measured against the same server in the same run, and bytes per idle conversation.
var settings = BenchmarkSettings.Parse(args);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var content = settings.Content ?? FindContent();
var engine = new DialogEngine(ContentLoader.Load(content));

var config = RedisConnection.Configure(settings.Redis);
config.AllowAdmin = true; // INFO commandstats, MEMORY USAGE
await using var redis = await ConnectionMultiplexer.ConnectAsync(config);
var server = redis.GetServers().Single();
// The default prefix, because key names count in MEMORY USAGE.
var options = new RedisStateOptions { ConnectionString = settings.Redis, KeyPrefix = "bot:" };
var store = new RedisConversationStore(redis, options);
var turns = new TurnProcessor(store, new FixedEngineProvider(engine));
var inMemory = new TurnProcessor(new InMemoryConversationStore(), new FixedEngineProvider(engine));
var keys = Enumerable.Range(0, settings.Conversations).Select(i => new ConversationKey("telegram", (100_000_000 + i).ToString())).ToArray();
long updateIds = 0;

// Warm-up: every conversation exists, scripts are cached, the JIT has compiled the hot path.
await RunRoundAsync(turns, TimeSpan.FromSeconds(2));
await RunRoundAsync(inMemory, TimeSpan.FromSeconds(2));

var rows = new List<(double TurnsPerSecond, double RoundTrips, double Get, double Set, double InMemory, double Ratio)>();
for (var round = 1; round <= settings.Rounds; round++)
{
    var before = await EvalShaCallsAsync();
    var (count, elapsed) = await RunRoundAsync(turns, TimeSpan.FromSeconds(settings.Seconds));
    var roundTrips = (await EvalShaCallsAsync() - before) / (double)count;
    var (get, set) = await RedisBenchmarkTool.RunAsync(settings.Redis, settings.Requests);
    var (memoryCount, memoryElapsed) = await RunRoundAsync(inMemory, TimeSpan.FromSeconds(settings.Seconds));
    rows.Add((count / elapsed.TotalSeconds, roundTrips, get, set, memoryCount / memoryElapsed.TotalSeconds,
        count / elapsed.TotalSeconds * roundTrips / ((get + set) / 2)));
    Console.Error.WriteLine($"round {round}: {count / elapsed.TotalSeconds:0} turns/s, {roundTrips:0.00} EVALSHA/turn, redis-benchmark GET {get:0} SET {set:0} ops/s, in-memory {memoryCount / memoryElapsed.TotalSeconds:0} turns/s");
}

var turnsPerSecond = Median(rows.Select(r => r.TurnsPerSecond));
var trips = Median(rows.Select(r => r.RoundTrips));
var getOps = Median(rows.Select(r => r.Get));
var setOps = Median(rows.Select(r => r.Set));
var inMemoryTurns = Median(rows.Select(r => r.InMemory));
// The ratio is taken per round (same conditions for both tools), then the median.
var ratio = Median(rows.Select(r => r.Ratio));

var db = redis.GetDatabase();
var recordBytes = new List<double>();
var markBytes = new List<double>();
var keyNames = new ConversationKeys(options.KeyPrefix);
foreach (var key in keys)
{
    recordBytes.Add((long)await db.ExecuteAsync("MEMORY", "USAGE", keyNames.Record(key), "SAMPLES", "0"));
    markBytes.Add((long)await db.ExecuteAsync("MEMORY", "USAGE", keyNames.Marks(key), "SAMPLES", "0"));
}

var sampleJson = ((string?)await db.StringGetAsync(keyNames.Record(keys[0])))?.Split('|', 2)[1];
Console.WriteLine($"""
    | Measure | Value |
    |---|---|
    | Concurrent conversations | {settings.Conversations} |
    | Turns/s through engine + Redis store (median of {settings.Rounds} × {settings.Seconds} s) | {turnsPerSecond:0} |
    | Round trips per turn (EVALSHA calls ÷ turns, INFO commandstats) | {trips:0.00} |
    | redis-benchmark GET ops/s (median, -n {settings.Requests}, 50 clients) | {getOps:0} |
    | redis-benchmark SET ops/s (median) | {setOps:0} |
    | Ratio turns/s × round trips ÷ mean(GET, SET) ops/s, per round, median (goal ≥ 0.6) | {ratio:0.00} |
    | Redis server time per call (INFO commandstats usec_per_call): EVALSHA / GET / SET | {await UsecPerCallAsync("evalsha"):0.0} / {await UsecPerCallAsync("get"):0.0} / {await UsecPerCallAsync("set"):0.0} µs |
    | Turns/s with the in-memory store, same engine and load (the client-side ceiling) | {inMemoryTurns:0} |
    | Bytes per idle conversation (MEMORY USAGE of the record key, median) (goal ≤ 400) | {Median(recordBytes):0} |
    | Bytes of the de-duplication set while marks are live (median; expires after the window) | {Median(markBytes):0} |
    | Sample record JSON ({System.Text.Encoding.UTF8.GetByteCount(sampleJson ?? "")} bytes) | `{sampleJson}` |
    """);

foreach (var key in keys)
{
    await db.KeyDeleteAsync([keyNames.Record(key), keyNames.Marks(key)]);
}

return 0;

async Task<(long Count, TimeSpan Elapsed)> RunRoundAsync(TurnProcessor processor, TimeSpan duration)
{
    long count = 0;
    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(keys.Select(async key =>
    {
        // Each resident walks a flow by pressing the first content button, then starts again.
        var payload = "f:eid";
        while (stopwatch.Elapsed < duration)
        {
            var result = await processor.ProcessAsync(key, InboundMessage.FromPayload(payload, Interlocked.Increment(ref updateIds).ToString()));
            Interlocked.Increment(ref count);
            payload = result.Replies.SelectMany(r => r.Buttons).FirstOrDefault(b => b.Payload.StartsWith("b:", StringComparison.Ordinal))?.Payload ?? "f:eid";
        }
    }));
    return (count, stopwatch.Elapsed);
}

async Task<long> EvalShaCallsAsync()
{
    var stats = await server.InfoAsync("commandstats");
    var line = stats.SelectMany(g => g).FirstOrDefault(p => p.Key == "cmdstat_evalsha").Value ?? "calls=0";
    return long.Parse(line.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture);
}

async Task<double> UsecPerCallAsync(string command)
{
    var stats = await server.InfoAsync("commandstats");
    var line = stats.SelectMany(g => g).FirstOrDefault(p => p.Key == "cmdstat_" + command).Value ?? "";
    var field = line.Split(',').FirstOrDefault(f => f.StartsWith("usec_per_call=", StringComparison.Ordinal));
    return field is null ? 0 : double.Parse(field["usec_per_call=".Length..], CultureInfo.InvariantCulture);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static string FindContent()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "content", "bot.yaml")))
        {
            return Path.Combine(dir.FullName, "content");
        }
    }

    throw new DirectoryNotFoundException("No content/bot.yaml found above the benchmark; pass --content <folder>.");
}
