using BenchmarkDotNet.Attributes;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Text;

namespace Bot.Benchmarks;

/// <summary>Free-text routing of one message against every flow's example phrases.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private IntentRouter _router = null!;

    [Params("kich hoat vneid ko dc", "Tôi muốn đăng ký tạm trú cho con ở nhà thuê thì làm thế nào ạ", "thoi tiet hom nay the nao")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _router = new DialogEngine(ContentLoader.Load(ContentFolder.Find())).Router;

    [Benchmark(Description = "route one message")]
    public RouteResult Route() => _router.Route(Message);
}
