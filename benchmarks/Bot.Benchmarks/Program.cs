using BenchmarkDotNet.Running;
using Bot.Benchmarks.Turns;

// dotnet run -c Release --project benchmarks/Bot.Benchmarks -- --filter '*' --inProcess
// dotnet run -c Release --project benchmarks/Bot.Benchmarks -- --alloc-probe 2000 [--types]   (KB and CPU per whole webhook turn)
// dotnet run -c Release --project benchmarks/Bot.Benchmarks -- --alloc-stacks 4000 Button    (where one kind of turn allocates)
if (args.Contains("--cpu-probe"))
{
    Bot.Benchmarks.CpuProbe.Run();
    return;
}

if (Array.IndexOf(args, "--alloc-probe") is var probe and >= 0)
{
    await AllocProbe.RunAsync(Count(probe, 2000), rankTypes: args.Contains("--types"));
    return;
}

if (Array.IndexOf(args, "--alloc-stacks") is var stacks and >= 0)
{
    var kind = stacks + 2 < args.Length && Enum.TryParse<TurnKind>(args[stacks + 2], out var named) ? named : TurnKind.Button;
    await AllocationStacks.RunAsync(Count(stacks, 4000), kind);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

int Count(int option, int otherwise) => option + 1 < args.Length && int.TryParse(args[option + 1], out var n) ? n : otherwise;

/// <summary>Entry point type for BenchmarkSwitcher.</summary>
public partial class Program;
