using BenchmarkDotNet.Attributes;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Text;
using Bot.Dialogs.Understanding;

namespace Bot.Benchmarks;

/// <summary>
/// Free-text routing of one message against every flow's example phrases, navigation phrasings and
/// the out-of-scope class, and the whole understanding decision (ranking + policy).
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private IntentRouter _router = null!;
    private Understander _understander = null!;

    [Params("kich hoat vneid ko dc", "Tôi muốn đăng ký tạm trú cho con ở nhà thuê thì làm thế nào ạ", "thoi tiet hom nay the nao", "kichs hoatj taif khoanr ddinhj danh")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var engine = new DialogEngine(ContentLoader.Load(ContentFolder.Find()));
        _router = engine.Router;
        _understander = engine.Understander;
    }

    [Benchmark(Description = "route one message")]
    public RouteResult Route() => _router.Route(Message);

    [Benchmark(Description = "understanding decision")]
    public UnderstandingDecision Decide() => _understander.Decide(Message, CheckSignal.None);
}
