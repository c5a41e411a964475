using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Bot.Benchmarks -- --filter '*' --inProcess
// dotnet run -c Release --project benchmarks/Bot.Benchmarks -- --alloc-probe 2000 [--types]   (KB and CPU per whole webhook turn)
if (args.Contains("--cpu-probe"))
{
    Bot.Benchmarks.CpuProbe.Run();
    return;
}

if (Array.IndexOf(args, "--alloc-probe") is var probe and >= 0)
{
    var turns = probe + 1 < args.Length && int.TryParse(args[probe + 1], out var n) ? n : 2000;
    await Bot.Benchmarks.Turns.AllocProbe.RunAsync(turns, rankTypes: args.Contains("--types"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type for BenchmarkSwitcher.</summary>
public partial class Program;
