using System.Diagnostics;

namespace Bot.Benchmarks.Turns;

/// <summary>
/// <c>--alloc-probe [turns]</c>: bytes allocated and CPU used per whole turn, by kind, in a few seconds.
/// </summary>
/// <remarks>
/// Faster than BenchmarkDotNet and steady on a busy machine: allocation is counted, not timed. Turns run one after
/// another; <see cref="GC.GetTotalAllocatedBytes"/> counts every thread (a turn hops threads, so the current thread's
/// own counter means nothing here), the host's background services too, which the floor (an update the bot ignores)
/// carries as well. The CPU column is the whole process's (client side of the TestServer included): a trend, not a
/// production figure.
/// With <c>--types</c> the allocated types are ranked as well (all kinds together, sampled by the runtime).
/// </remarks>
internal static class AllocProbe
{
    public static async Task RunAsync(int turns, bool rankTypes)
    {
        using var sampler = rankTypes ? new AllocationSampler() : null;
        await using var host = new WebhookTurnHost();
        await host.StartAsync().ConfigureAwait(false);
        Console.WriteLine($"{"turn",-10} {"KB/turn",8} {"CPU µs/turn",12}");
        foreach (var kind in Enum.GetValues<TurnKind>())
        {
            for (var i = 0; i < turns / 4; i++)
            {
                await host.RunAsync(kind).ConfigureAwait(false); // warm: tier-1 code before counting
            }

            sampler?.Counting = true;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var total = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < turns; i++)
            {
                await host.RunAsync(kind).ConfigureAwait(false);
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - total;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            sampler?.Counting = false;
            Console.WriteLine($"{kind,-10} {allocated / 1024.0 / turns,8:F1} {used.TotalMicroseconds / turns,12:F0}");
        }

        if (sampler is not null)
        {
            Console.WriteLine();
            Console.WriteLine("sampled bytes by type (all kinds; the runtime names the type that crossed each ~100 KB mark)");
            foreach (var (type, bytes) in sampler.Top(40))
            {
                Console.WriteLine($"{bytes / 1024.0 / 1024.0,8:F1} MB  {type}");
            }
        }
    }
}
