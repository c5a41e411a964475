using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Bot.Benchmarks.Turns;

/// <summary>
/// <c>--alloc-stacks [turns] [kind]</c>: where a turn's bytes are allocated, by the runtime's allocation samples
/// (one per ~100 KB, with its call stack), traced on this very process over EventPipe; our own frames are shown.
/// </summary>
/// <remarks>
/// For each sample the first frame in the bot's code (<c>Bot.</c>, not the benchmark) is credited, and for the ranking
/// of types the type; a sample weighs the bytes since the previous one, so the totals are bytes, give or take a sample.
/// </remarks>
internal static class AllocationStacks
{
    public static async Task RunAsync(int turns, TurnKind kind)
    {
        await using var host = new WebhookTurnHost();
        await host.StartAsync().ConfigureAwait(false);
        for (var i = 0; i < turns / 4; i++)
        {
            await host.RunAsync(kind).ConfigureAwait(false);
        }

        var file = Path.Combine(Path.GetTempPath(), $"alloc-stacks-{Environment.ProcessId}.nettrace");
        var client = new DiagnosticsClient(Environment.ProcessId);
        var providers = new[]
        {
            new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Verbose,
                (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.Jit)),
        };
        using (var session = client.StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = Task.Run(async () =>
            {
                await using var output = File.Create(file);
                await session.EventStream.CopyToAsync(output).ConfigureAwait(false);
            });
            for (var i = 0; i < turns; i++)
            {
                await host.RunAsync(kind).ConfigureAwait(false);
            }

            await session.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await copy.ConfigureAwait(false);
        }

        Report(file, turns);
    }

    private static void Report(string file, int turns)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(file);
        using var log = new TraceLog(etlx);
        var byFrame = new Dictionary<string, long>();
        var byType = new Dictionary<string, long>();
        foreach (var data in log.Events)
        {
            if (data is not GCAllocationTickTraceData tick)
            {
                continue;
            }

            var bytes = tick.AllocationAmount64;
            var type = tick.TypeName ?? "?";
            byType[type] = byType.GetValueOrDefault(type) + bytes;
            var frames = new List<string>();
            for (var frame = tick.CallStack(); frame is not null && frames.Count < 40; frame = frame.Caller)
            {
                frames.Add(frame.CodeAddress.FullMethodName ?? "?");
            }

            var ours = frames.FirstOrDefault(f => f.StartsWith("Bot.", StringComparison.Ordinal) && !f.StartsWith("Bot.Benchmarks", StringComparison.Ordinal));
            var top = frames.FirstOrDefault(f => f.Length > 0 && f != "?") ?? "?";
            var key = $"{ours ?? "(no bot frame)"}  <=  {type} in {top}";
            byFrame[key] = byFrame.GetValueOrDefault(key) + bytes;
        }

        Console.WriteLine($"KB per turn by type (top 25, {turns} turns)");
        foreach (var (type, bytes) in byType.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine($"{bytes / 1024.0 / turns,7:F2}  {type}");
        }

        Console.WriteLine();
        Console.WriteLine("KB per turn by first bot frame <= type in allocating method (top 60)");
        foreach (var (frame, bytes) in byFrame.OrderByDescending(p => p.Value).Take(60))
        {
            Console.WriteLine($"{bytes / 1024.0 / turns,7:F2}  {frame}");
        }

        File.Delete(file);
        File.Delete(etlx);
    }
}
