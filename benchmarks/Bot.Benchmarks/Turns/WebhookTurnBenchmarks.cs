using BenchmarkDotNet.Attributes;

namespace Bot.Benchmarks.Turns;

/// <summary>One whole Telegram turn through the real host: webhook POST → turn → Bot API call (faked in process).</summary>
/// <remarks>Run in process (<c>--inProcess</c>); the host is shared by all four, each kind on its own chats.</remarks>
[MemoryDiagnoser]
public class WebhookTurnBenchmarks
{
    private WebhookTurnHost _host = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new WebhookTurnHost();
        _host.StartAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "webhook: ignored update (floor)")]
    public Task Ignored() => _host.RunAsync(TurnKind.Ignored);

    [Benchmark(Description = "turn: button press in a flow")]
    public Task Button() => _host.RunAsync(TurnKind.Button);

    [Benchmark(Description = "turn: /start eid")]
    public Task StartEid() => _host.RunAsync(TurnKind.StartEid);

    [Benchmark(Description = "turn: free-text question")]
    public Task FreeText() => _host.RunAsync(TurnKind.FreeText);
}
