using System.Globalization;
using System.Text.Json;

namespace Bot.LoadTest;

/// <summary>The <c>report</c> verb: medians per bot and concurrency from a JSONL file, and the ratios the issue asks for.</summary>
internal static class ComparisonReport
{
    public static int Run(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("report: give the JSONL file written by `run --json`");
            return 2;
        }

        var runs = File.ReadLines(args[0]).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<RunResult>(l, RunResult.Json)!).ToList();
        Console.WriteLine(Render(runs));
        return 0;
    }

    /// <summary>Markdown: one row per bot and concurrency (medians over rounds), then one ratio row per concurrency.</summary>
    public static string Render(IReadOnlyList<RunResult> runs)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        var levels = runs.Select(r => r.Users).Distinct().Order().ToList();
        var bots = runs.Select(r => r.Bot).Distinct().ToList();
        w.WriteLine("| users | bot | runs | turns/s | p50 ms | p95 ms | p99 ms | max ms | errors | bot CPU ms/turn | bot peak RSS MiB | Redis cmds/turn | Redis round trips/turn | API calls/turn | load avg |");
        w.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var users in levels)
        {
            foreach (var bot in bots)
            {
                var set = runs.Where(r => r.Users == users && r.Bot == bot).ToList();
                if (set.Count == 0)
                {
                    continue;
                }

                w.WriteLine($"| {users} | {bot} | {set.Count} | {M(set, r => r.TurnsPerSecond):0.0} | {M(set, r => r.P50Ms):0.0} | {M(set, r => r.P95Ms):0.0} "
                            + $"| {M(set, r => r.P99Ms):0.0} | {M(set, r => r.MaxMs):0} | {set.Sum(r => r.Errors)} | {M(set, r => r.BotCpuSecondsPer1000Turns):0.00} "
                            + $"| {M(set, r => r.BotPeakRssMiB):0} | {M(set, r => r.RedisCommandsPerTurn):0.00} | {M(set, r => r.RedisRoundTripsPerTurn):0.00} "
                            + $"| {M(set, r => r.ApiCallsPerTurn):0.00} | {string.Join(" / ", set.Select(r => r.LoadAverageStart))} |");
            }
        }

        if (!bots.Contains("ours") || !bots.Contains("grammy"))
        {
            return w.ToString();
        }

        w.WriteLine();
        w.WriteLine("| users | turns/s ours÷grammY | turns/s ours÷echo (goal ≥ 0.90) | turns/s grammY÷echo | CPU/turn ours÷grammY (goal ≤ 0.5) | CPU/turn ours÷echo | p99 ours÷grammY (goal ≤ 1) | Redis round trips/turn ours (goal ≤ 1.1) |");
        w.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var users in levels)
        {
            double Of(string bot, Func<RunResult, double> f) =>
                runs.Where(r => r.Users == users && r.Bot == bot).ToList() is { Count: > 0 } set ? M(set, f) : double.NaN;
            var echo = Of("echo", r => r.TurnsPerSecond);
            var ours = Of("ours", r => r.TurnsPerSecond);
            var grammy = Of("grammy", r => r.TurnsPerSecond);
            w.WriteLine($"| {users} | {ours / grammy:0.00} | {ours / echo:0.00} | {grammy / echo:0.00} "
                        + $"| {Of("ours", r => r.BotCpuSecondsPer1000Turns) / Of("grammy", r => r.BotCpuSecondsPer1000Turns):0.00} "
                        + $"| {Of("ours", r => r.BotCpuSecondsPer1000Turns) / Of("echo", r => r.BotCpuSecondsPer1000Turns):0.00} "
                        + $"| {Of("ours", r => r.P99Ms) / Of("grammy", r => r.P99Ms):0.00} | {Of("ours", r => r.RedisRoundTripsPerTurn):0.00} |");
        }

        return w.ToString();
    }

    /// <summary>Median (the mean of the middle two for an even count).</summary>
    internal static double M(IReadOnlyList<RunResult> set, Func<RunResult, double> f)
    {
        var v = set.Select(f).Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }
}
