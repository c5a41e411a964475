using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Bot.LoadTest;

/// <summary>The <c>run</c> verb: fake API up, bot up (or given), warm-up, measured window, numbers out.</summary>
internal static class LoadRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        LoadOptions o;
        try
        {
            o = LoadOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine("run: " + ex.Message);
            return 2;
        }

        var inboxes = new ChatInboxes();
        await using var api = new FakeBotApi(inboxes, o.ApiPort);
        await api.StartAsync();
        BotProcess? spawned = null;
        try
        {
            var pid = o.BotPid ?? 0;
            var webhook = o.Webhook ?? "";
            if (o.Spawn)
            {
                var port = BotProcess.FreePort();
                string Expand(string s) => s.Replace("{api}", api.BaseUrl, StringComparison.Ordinal)
                    .Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{secret}", o.Secret, StringComparison.Ordinal)
                    .Replace("{redis}", o.Redis ?? "", StringComparison.Ordinal);
                spawned = BotProcess.Start(o.Command, o.Env, Expand);
                pid = spawned.Pid;
                webhook = $"http://127.0.0.1:{port}{o.WebhookPath}";
                await spawned.WaitForPortAsync(port, TimeSpan.FromSeconds(120));
            }

            var result = await MeasureAsync(o, api, inboxes, pid, new Uri(webhook));
            Print(result);
            if (o.JsonFile is { } file)
            {
                await File.AppendAllTextAsync(file, JsonSerializer.Serialize(result, RunResult.Json) + "\n");
            }

            if (result.Turns == 0 && spawned is not null)
            {
                Console.Error.WriteLine("No turn completed. Last lines of the bot's output:\n" + spawned.Tail());
            }

            return result.Turns > 0 ? 0 : 1;
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            Console.Error.WriteLine($"run {o.Name}: {ex.Message}");
            return 1;
        }
        finally
        {
            if (spawned is not null)
            {
                await spawned.DisposeAsync();
            }
        }
    }

    private static async Task<RunResult> MeasureAsync(LoadOptions o, FakeBotApi api, ChatInboxes inboxes, int pid, Uri webhook)
    {
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(o.TurnTimeoutSeconds + 5) };
        var log = new TurnLog();
        var run = new RunContext(http, webhook, o.Secret, inboxes, log, o.Lenient, TimeSpan.FromSeconds(o.TurnTimeoutSeconds), TimeSpan.FromMilliseconds(o.ThinkMs));
        var chatBase = 100_000_000_000L + (Random.Shared.NextInt64(1, 1_000_000) * 10_000);
        var redis = o.Redis is { Length: > 0 } r ? new RedisProbe(r) : null;

        using var stop = new CancellationTokenSource();
        var residents = Enumerable.Range(0, o.Users)
            .Select(i => Task.Run(() => new SimulatedResident(chatBase + i, run).RunAsync(stop.Token)))
            .ToArray();

        // Warm-up: JIT, connection pools, first getMe. Its second half samples MONITOR to tell round trips from script-internal commands.
        // First every resident must have finished two turns (a cold start on a busy machine takes seconds), bounded.
        var warmup = TimeSpan.FromSeconds(o.WarmupSeconds);
        var cold = Stopwatch.StartNew();
        while (log.AllTurns < 2L * o.Users && cold.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
        }

        await Task.Delay(warmup / 2);
        var sample = new Dictionary<string, (long FromClients, long InsideScripts)>(StringComparer.Ordinal);
        if (redis is null)
        {
            await Task.Delay(warmup / 2);
        }
        else
        {
            sample = await redis.SampleAsync(warmup / 2);
        }

        var startedUtc = DateTimeOffset.UtcNow;
        var load0 = ProcStats.LoadAverage();
        var redis0 = redis is null ? default : await redis.SnapshotAsync();
        var api0 = api.Calls.ToDictionary();
        var self = Process.GetCurrentProcess();
        var bot0 = ProcStats.CpuSeconds(pid);
        var tool0 = self.TotalProcessorTime.TotalSeconds;
        var t0 = Stopwatch.GetTimestamp();
        var window = TimeSpan.FromSeconds(o.Seconds);
        log.OpenWindow(t0, t0 + (long)(window.TotalSeconds * Stopwatch.Frequency));

        await Task.Delay(window);

        var elapsed = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        var bot1 = ProcStats.CpuSeconds(pid);
        self.Refresh();
        var tool1 = self.TotalProcessorTime.TotalSeconds;
        var redis1 = redis is null ? default : await redis.SnapshotAsync();
        var api1 = api.Calls.ToDictionary();
        var load1 = ProcStats.LoadAverage();
        var peak = ProcStats.PeakRssMiB(pid);

        await stop.CancelAsync();
        await Task.WhenAll(residents).WaitAsync(TimeSpan.FromSeconds(o.TurnTimeoutSeconds + 10));

        var latencies = LatencySummary.From(log.Latencies());
        double turns = Math.Max(1, latencies.Count);
        var apiDelta = api1.Select(kv => (kv.Key, N: kv.Value - api0.GetValueOrDefault(kv.Key))).Where(x => x.N > 0).OrderByDescending(x => x.N).ToList();
        var redisDelta = redis is null
            ? []
            : redis1.Calls.Select(kv => (kv.Key, N: kv.Value - redis0.Calls!.GetValueOrDefault(kv.Key))).Where(x => x.N > 0).OrderByDescending(x => x.N).ToList();
        var redisTotal = redisDelta.Sum(x => x.N);
        // Round trips: each command's calls weighted by the share MONITOR saw clients send (EVALSHA 1.0, commands inside scripts 0.0);
        // a command MONITOR did not see in the sample counts as sent by a client.
        double ClientShare(string name) =>
            sample.TryGetValue(name, out var seen) && seen.FromClients + seen.InsideScripts > 0
                ? seen.FromClients / (double)(seen.FromClients + seen.InsideScripts)
                : 1.0;
        var roundTrips = redisDelta.Sum(x => x.N * ClientShare(x.Key));
        var monitorSample = string.Join(", ", sample.OrderByDescending(kv => kv.Value.FromClients + kv.Value.InsideScripts)
            .Select(kv => $"{kv.Key} {kv.Value.FromClients}/{kv.Value.InsideScripts}"));
        return new RunResult
        {
            Bot = o.Name,
            Users = o.Users,
            ThinkMs = o.ThinkMs,
            Seconds = Math.Round(elapsed, 2),
            Turns = latencies.Count,
            TurnsPerSecond = Math.Round(latencies.Count / elapsed, 1),
            P50Ms = Math.Round(latencies.P50, 2),
            P95Ms = Math.Round(latencies.P95, 2),
            P99Ms = Math.Round(latencies.P99, 2),
            MaxMs = Math.Round(latencies.Max, 2),
            Timeouts = log.Timeouts,
            HttpErrors = log.HttpErrors,
            WrongReplies = log.WrongReplies,
            UnexpectedMessages = inboxes.Unexpected,
            ApiCallsPerTurn = Math.Round(apiDelta.Sum(x => x.N) / turns, 2),
            ApiCalls = string.Join(", ", apiDelta.Select(x => $"{x.Key} {x.N / turns:0.00}")),
            RedisCommandsPerTurn = Math.Round(redisTotal / turns, 2),
            RedisRoundTripsPerTurn = redis is null ? double.NaN : Math.Round(roundTrips / turns, 2),
            MonitorSample = "clients/scripts: " + monitorSample,
            RedisCommands = string.Join(", ", redisDelta.Select(x => $"{x.Key} {x.N / turns:0.00}")),
            BotCpuSecondsPer1000Turns = Math.Round((bot1 - bot0) / turns * 1000, 3),
            BotPeakRssMiB = Math.Round(peak, 1),
            ToolCpuSecondsPer1000Turns = Math.Round((tool1 - tool0) / turns * 1000, 3),
            RedisCpuSecondsPer1000Turns = redis is null ? 0 : Math.Round((redis1.CpuSeconds - redis0.CpuSeconds) / turns * 1000, 3),
            LoadAverageStart = load0,
            LoadAverageEnd = load1,
            StartedUtc = startedUtc,
        };
    }

    private static void Print(RunResult r)
    {
        Console.WriteLine(
            $"{r.Bot,-8} users {r.Users,4} think {r.ThinkMs,3:0} ms  {r.TurnsPerSecond,8:0.0} turns/s  p50 {r.P50Ms,7:0.0}  p95 {r.P95Ms,7:0.0}  p99 {r.P99Ms,7:0.0}  max {r.MaxMs,7:0.0} ms"
            + $"  errors {r.Errors}  cpu {r.BotCpuSecondsPer1000Turns:0.00} s/1k turns  rss {r.BotPeakRssMiB:0} MiB"
            + $"  redis {r.RedisCommandsPerTurn:0.00} cmd ({r.RedisRoundTripsPerTurn:0.00} rt)/turn  load {r.LoadAverageStart}");
        Console.WriteLine($"         api/turn: {r.ApiCalls}; redis/turn: {r.RedisCommands}; MONITOR sample: {r.MonitorSample}");
    }
}
