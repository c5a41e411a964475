using BenchmarkDotNet.Running;
using Bot.Benchmarks.Fraud;

// dotnet run -c Release --project benchmarks/Bot.Benchmarks.Fraud -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(FraudCheckBenchmark).Assembly).Run(args);
