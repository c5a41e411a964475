using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Bot.Benchmarks.Turns;

/// <summary>
/// Ranks allocated types from the runtime's own sampling (GCAllocationTick: one event per ~100 KB allocated, naming
/// the type whose allocation crossed the mark), so types are weighted by bytes without a tracing tool.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEvent = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    /// <summary>Sampling is off until set (the host's start-up is not counted).</summary>
    public bool Counting { get; set; }

    public IEnumerable<(string Type, long Bytes)> Top(int count) =>
        _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value));

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!Counting || data.EventId != AllocationTickEvent || data.PayloadNames is not { } names)
        {
            return;
        }

        var type = data.Payload![names.IndexOf("TypeName")] as string ?? "?";
        var amount = names.IndexOf("AllocationAmount64") is var at and >= 0 ? Convert.ToInt64(data.Payload[at], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
