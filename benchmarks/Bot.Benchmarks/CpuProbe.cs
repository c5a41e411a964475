using System.Diagnostics;

namespace Bot.Benchmarks;

/// <summary>
/// A quick check on a busy machine: CPU time (not wall time) per operation over many runs.
/// BenchmarkDotNet's wall-clock numbers are the ones recorded; this only tells whether a change
/// moved the needle while other work shares the cores. Run: <c>-- --cpu-probe</c>.
/// </summary>
internal static class CpuProbe
{
    public static void Run()
    {
        var turns = new EngineTurnBenchmarks();
        turns.Setup();
        var routing = new RoutingBenchmarks { Message = "kich hoat vneid ko dc" };
        routing.Setup();
        Measure("turn: button press", () => turns.ButtonPress());
        Measure("turn: typed number", () => turns.TypedNumber());
        Measure("turn: free text routed", () => turns.FreeText());
        Measure("route one message", () => routing.Route());
        Measure("understanding decision", () => routing.Decide());
        var telex = new RoutingBenchmarks { Message = "kichs hoatj taif khoanr ddinhj danh" };
        telex.Setup();
        Measure("decision, Telex leftovers", () => telex.Decide());
        var story = new RoutingBenchmarks { Message = "Tôi muốn đăng ký tạm trú cho con ở nhà thuê thì làm thế nào ạ" };
        story.Setup();
        Measure("decision, 61-char question", () => story.Decide());

        // Round 8: a story of three sentences also ranks the clause that asks (a second, shorter ranking).
        var told = new RoutingBenchmarks
        {
            Message = "Nghe nói dạo này lừa đảo nhiều lắm, tôi không dám nghe máy lạ. Con tôi đi làm xa. Cho tôi hỏi app VNeID thật thì tải ở đâu?",
        };
        told.Setup();
        Measure("decision, 3-sentence story", () => told.Decide());
    }

    private static void Measure(string name, Func<object> action)
    {
        for (var i = 0; i < 20_000; i++)
        {
            action();
        }

        const int n = 200_000;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < n; i++)
        {
            action();
        }

        var cpuPerOp = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / n;
        var bytesPerOp = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)n;
        Console.WriteLine($"{name,-26} {cpuPerOp,8:F2} µs CPU/op {bytesPerOp,8:F0} B/op");
    }
}
