using System.Diagnostics;
using System.Globalization;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Redis;
using Bot.Broadcasts.Redis.Delivery;
using Bot.Broadcasts.Testing;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

// Broadcast load tool. Usage: Bot.Benchmarks.Broadcasts [rate 30|rate 1000|enqueue 1000000|all]
// Every scenario starts its own redis-server and platform fake; the delivering host is a separate process
// (the same one the crash test kills), so its CPU and memory are measured alone.
var culture = CultureInfo.InvariantCulture;
var areas = FindAreas();
var which = args.Length == 0 ? "all" : args[0];
if (which is "rate" or "all")
{
    foreach (var rate in args.Length > 1 && which == "rate" ? [int.Parse(args[1], culture)] : new[] { 30, 1_000 })
    {
        await RateAsync(rate, recipients: rate == 30 ? 450 : 10_000);
    }
}

if (which is "enqueue" or "all")
{
    await EnqueueAsync(args.Length > 1 && which == "enqueue" ? int.Parse(args[1], culture) : 1_000_000);
}

return 0;

async Task RateAsync(int rate, int recipients)
{
    await using var redis = await RedisServer.StartAsync();
    await using var platform = await FakePlatform.StartAsync(rate);
    using var control = Control(redis, platform, deliver: false);
    await control.StartAsync();
    await SeedAsync(redis, recipients);
    var bs = control.Services.GetRequiredService<BroadcastService>();

    using var child = StartDelivery(redis, platform, rate);
    await Task.Delay(3_000); // let the child start and JIT before the clock runs
    var cpuBefore = child.TotalProcessorTime;
    var started = Stopwatch.GetTimestamp();
    var id = await CreateAndApproveAsync(bs);
    while ((await bs.CountsAsync(id)) is var c && (c.Total == 0 || c.Pending > 0))
    {
        await Task.Delay(100);
    }

    var elapsed = Stopwatch.GetElapsedTime(started);
    child.Refresh();
    var cpu = child.TotalProcessorTime - cpuBefore;
    var peak = child.PeakWorkingSet64;
    child.Kill(entireProcessTree: true);
    await child.WaitForExitAsync();

    // Steady rate: accepted messages between the 5th and 95th percentile of send times (ignores start-up and tail).
    var times = platform.AcceptedAt.ToArray();
    Array.Sort(times);
    var lo = times[(int)(times.Length * 0.05)];
    var hi = times[(int)(times.Length * 0.95)];
    var steady = (times.Length * 0.90) / Stopwatch.GetElapsedTime(lo, hi).TotalSeconds;
    Console.WriteLine(string.Create(culture,
        $"rate {rate}/s: {recipients} recipients in {elapsed.TotalSeconds:0.0} s; steady {steady:0.0}/s = {steady / rate:P1} of the limit; " +
        $"429 answers {platform.TooManyRequests}; delivery process: CPU {cpu.TotalSeconds:0.00} s in total = {cpu.TotalSeconds / recipients * 10_000:0.00} s per 10,000 recipients, peak working set {peak / 1048576.0:0} MiB"));
}

async Task EnqueueAsync(int recipients)
{
    await using var redis = await RedisServer.StartAsync();
    await using var platform = await FakePlatform.StartAsync(1_000);
    using var control = Control(redis, platform, deliver: false);
    await control.StartAsync();
    var seedStarted = Stopwatch.GetTimestamp();
    await SeedAsync(redis, recipients);
    Console.WriteLine(string.Create(culture, $"seeded {recipients:N0} subscribers in {Stopwatch.GetElapsedTime(seedStarted).TotalSeconds:0.0} s"));
    var bs = control.Services.GetRequiredService<BroadcastService>();
    var alerts = control.Services.GetRequiredService<RedisAlertStore>();
    var enqueuer = control.Services.GetRequiredService<AlertEnqueuer>();
    var id = await CreateAndApproveAsync(bs);
    var alert = (await alerts.GetAsync(id))!;

    GC.Collect();
    var heapBefore = GC.GetTotalMemory(true);
    var allocatedBefore = GC.GetTotalAllocatedBytes(true);
    var started = Stopwatch.GetTimestamp();
    long peakHeap = 0;
    using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false)), null, 0, 20);
    await enqueuer.EnqueueAsync(alert, CancellationToken.None);
    var elapsed = Stopwatch.GetElapsedTime(started);
    var counts = await bs.CountsAsync(id);
    var info = await (await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true")).GetServer($"127.0.0.1:{redis.Port}").InfoAsync("memory");
    var used = info.SelectMany(g => g).First(p => p.Key == "used_memory_human").Value;
    Console.WriteLine(string.Create(culture,
        $"enqueue {counts.Total:N0} recipients: {elapsed.TotalSeconds:0.0} s ({counts.Total / elapsed.TotalSeconds:N0}/s); " +
        $"bot heap before {heapBefore / 1048576.0:0.0} MiB, peak {peakHeap / 1048576.0:0.0} MiB, allocated {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1048576.0:0} MiB in total; Redis used_memory {used}"));
}

IHost Control(RedisServer redis, FakePlatform platform, bool deliver) =>
    DeliveryHostBuilder.Build(new Dictionary<string, string?>
    {
        ["Redis:ConnectionString"] = redis.ConnectionString,
        ["Broadcasts:AreasFile"] = areas,
        ["Broadcasts:DeliveryEnabled"] = deliver ? "true" : "false",
    }, platform.BaseAddress);

async Task SeedAsync(RedisServer redis, int count)
{
    // Straight into the audience set (as the subscription store writes it), in pipelined batches.
    await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
    var db = mux.GetDatabase();
    const int batch = 10_000;
    for (var i = 0; i < count; i += batch)
    {
        var members = Enumerable.Range(i, Math.Min(batch, count - i)).Select(n => (RedisValue)("r" + n.ToString(culture))).ToArray();
        await db.SetAddAsync($"bc:sub:s:{HttpChannelMessenger.ChannelName}:ha-noi.hoan-kiem:scam", members);
    }
}

static async Task<string> CreateAndApproveAsync(BroadcastService bs)
{
    var created = await bs.CreateAsync(new Actor("key:bench-author", OfficerRole.Officer, ["ha-noi"]), ["ha-noi.hoan-kiem"], Topics.Scam, true,
        "Cảnh giác cuộc gọi giả danh công an.", CancellationToken.None);
    await bs.ApproveAsync(new Actor("key:bench-approver", OfficerRole.Approver, ["ha-noi"]), created.Alert!.Id, CancellationToken.None);
    return created.Alert.Id;
}

Process StartDelivery(RedisServer redis, FakePlatform platform, int rate)
{
    var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[]
             {
                 typeof(HttpChannelMessenger).Assembly.Location, "--redis", redis.ConnectionString, "--platform", platform.BaseAddress.ToString(),
                 $"--Broadcasts:RatePerSecond:{HttpChannelMessenger.ChannelName}", rate.ToString(culture),
                 "--Broadcasts:Concurrency", (rate >= 1_000 ? 256 : 32).ToString(culture), "--Broadcasts:AreasFile", areas, "--Logging:LogLevel:Default", "Warning",
             })
    {
        info.ArgumentList.Add(a);
    }

    var process = Process.Start(info)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[delivery] " + e.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static string FindAreas()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var file = Path.Combine(dir.FullName, "content", "areas.yaml");
        if (File.Exists(file))
        {
            return file;
        }
    }

    throw new InvalidOperationException("content/areas.yaml not found");
}
