using BenchmarkDotNet.Attributes;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Benchmarks;

/// <summary>One engine turn on the largest flow: a button press, a typed number, and free text.</summary>
[MemoryDiagnoser]
public class EngineTurnBenchmarks
{
    private DialogEngine _engine = null!;
    private ConversationRecord _record = null!;
    private InboundMessage _press = null!;
    private InboundMessage _number = null!;
    private InboundMessage _freeText = null!;
    private readonly DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DialogEngine(ContentLoader.Load(ContentFolder.Find()));
        var largest = _engine.Content.Flows.Values.OrderByDescending(f => f.Nodes.Count).First();
        var start = largest.FindNode(largest.Start)!;
        _record = new ConversationRecord
        {
            Flow = largest.Id,
            Node = start.Id,
            ContentVersion = _engine.Content.Version,
            History = ["menu"],
        };
        var button = start.Buttons.First(b => b.Url is null);
        _press = InboundMessage.FromPayload(Payloads.Button(largest.Id, start.Id, button.Key));
        _number = InboundMessage.FromText("1");
        _freeText = InboundMessage.FromText("toi muon kich hoat tai khoan dinh danh muc 2 thi lam the nao");
    }

    [Benchmark(Baseline = true, Description = "turn: button press")]
    public EngineResult ButtonPress() => _engine.Run(_record, _press, _now);

    [Benchmark(Description = "turn: typed number")]
    public EngineResult TypedNumber() => _engine.Run(_record, _number, _now);

    [Benchmark(Description = "turn: free text routed")]
    public EngineResult FreeText() => _engine.Run(_record, _freeText, _now);
}
