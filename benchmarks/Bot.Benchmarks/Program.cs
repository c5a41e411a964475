using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Bot.Benchmarks -- --filter '*' --inProcess
if (args.Contains("--cpu-probe"))
{
    Bot.Benchmarks.CpuProbe.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point type for BenchmarkSwitcher.</summary>
public partial class Program;
