using System.Globalization;

namespace Bot.LoadTest;

/// <summary>
/// The <c>idle</c> verb: the bot up against the fake Bot API (and Redis, if given) with no resident writing, and the CPU it
/// spends anyway, per thread. "Bot CPU per turn" divides the whole process's CPU by the turns in the window, so timers and
/// pollers that wake with nothing to do count in every turn; this shows how much and which thread.
/// </summary>
internal static class IdleRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        LoadOptions o;
        try
        {
            o = LoadOptions.Parse(args);
            if (!o.Spawn)
            {
                throw new ArgumentException("idle starts the bot itself: give -- EXE ARGS");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine("idle: " + ex.Message);
            return 2;
        }

        var inboxes = new ChatInboxes();
        await using var api = new FakeBotApi(inboxes, o.ApiPort);
        await api.StartAsync();
        var port = BotProcess.FreePort();
        string Expand(string s) => s.Replace("{api}", api.BaseUrl, StringComparison.Ordinal)
            .Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{secret}", o.Secret, StringComparison.Ordinal)
            .Replace("{redis}", o.Redis ?? "", StringComparison.Ordinal);
        await using var bot = BotProcess.Start(o.Command, o.Env, Expand);
        try
        {
            await bot.WaitForPortAsync(port, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException ex)
        {
            Console.Error.WriteLine($"idle {o.Name}: {ex.Message}\n{bot.Tail()}");
            return 1;
        }

        await Task.Delay(TimeSpan.FromSeconds(o.WarmupSeconds));
        var load0 = ProcStats.LoadAverage();
        var before = ThreadStats.Read(bot.Pid);
        var calls0 = api.Calls.Values.Sum();
        await Task.Delay(TimeSpan.FromSeconds(o.Seconds));
        var after = ThreadStats.Read(bot.Pid);
        var calls1 = api.Calls.Values.Sum();
        var load1 = ProcStats.LoadAverage();

        var rows = ThreadStats.Delta(before, after)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Threads: g.Count(), Ticks: g.Sum(t => t.Ticks), Voluntary: g.Sum(t => t.Voluntary), Involuntary: g.Sum(t => t.Involuntary)))
            .OrderByDescending(r => r.Ticks).ThenByDescending(r => r.Voluntary)
            .ToList();
        var s = o.Seconds;
        Console.WriteLine($"{o.Name}: idle {s:0} s after {o.WarmupSeconds:0} s, load {load0} -> {load1}; Bot API calls {calls1 - calls0}");
        Console.WriteLine($"| {o.Name} thread (count) | CPU ms/s | wake-ups/s (voluntary) | preempted/s |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var r in rows.Where(r => r.Ticks > 0 || r.Voluntary > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} ({r.Threads}) | {r.Ticks * 10 / s:0.0} | {r.Voluntary / s:0.0} | {r.Involuntary / s:0.0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **total** | **{rows.Sum(r => r.Ticks) * 10 / s:0.0}** | **{rows.Sum(r => r.Voluntary) / s:0.0}** | {rows.Sum(r => r.Involuntary) / s:0.0} |"));
        return 0;
    }
}
