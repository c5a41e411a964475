namespace Bot.Benchmarks.Redis;

/// <summary>Command-line settings: <c>--redis host:port --conversations 1000 --seconds 10 --rounds 3 --requests 200000</c>.</summary>
internal sealed record BenchmarkSettings(string Redis, int Conversations, int Seconds, int Rounds, int Requests, string? Content)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => int.TryParse(Value(name), out var n) && n > 0 ? n : fallback;
        var redis = Value("--redis") ?? throw new ArgumentException("Pass --redis host:port (benchmarks/run-redis-benchmark.sh starts a redis-server and does this).");
        return new BenchmarkSettings(redis, Number("--conversations", 1000), Number("--seconds", 10), Number("--rounds", 3), Number("--requests", 200_000), Value("--content"));
    }
}
