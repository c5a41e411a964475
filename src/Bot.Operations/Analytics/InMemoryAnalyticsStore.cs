using Microsoft.Extensions.Options;

namespace Bot.Operations.Analytics;

/// <summary>Day counters in process memory: for a single instance without Redis, and for tests. Lost on restart.</summary>
public sealed class InMemoryAnalyticsStore(IOptions<AnalyticsOptions> options) : IAnalyticsStore
{
    private readonly Dictionary<DateOnly, Dictionary<string, Dictionary<string, long>>> _days = [];
    private readonly AnalyticsOptions _options = options.Value;

    public string Name => "in-memory";

    public Task AddAsync(IReadOnlyCollection<AnalyticsIncrement> increments, CancellationToken cancellationToken)
    {
        lock (_days)
        {
            foreach (var increment in increments)
            {
                if (!_days.TryGetValue(increment.Day, out var counters))
                {
                    _days[increment.Day] = counters = [];
                    DropExpiredDays(increment.Day);
                }

                if (!counters.TryGetValue(increment.Counter, out var fields))
                {
                    counters[increment.Counter] = fields = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                var field = increment.Field;
                if (increment.Counter == AnalyticsCounters.Fallback
                    && !fields.ContainsKey(field)
                    && fields.Count >= _options.MaxFallbackPhrasesPerDay)
                {
                    field = AnalyticsCounters.OtherPhrases;
                }

                fields[field] = fields.GetValueOrDefault(field) + increment.Amount;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnalyticsDay>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var result = new List<AnalyticsDay>();
        lock (_days)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                var counters = new Dictionary<string, IReadOnlyDictionary<string, long>>();
                if (_days.TryGetValue(day, out var stored))
                {
                    foreach (var (name, fields) in stored)
                    {
                        counters[name] = new Dictionary<string, long>(fields);
                    }
                }

                result.Add(new AnalyticsDay(day, counters));
            }
        }

        return Task.FromResult<IReadOnlyList<AnalyticsDay>>(result);
    }

    private void DropExpiredDays(DateOnly newest)
    {
        var oldest = newest.AddDays(-_options.RetentionDays);
        foreach (var day in _days.Keys.Where(d => d < oldest).ToList())
        {
            _days.Remove(day);
        }
    }
}
