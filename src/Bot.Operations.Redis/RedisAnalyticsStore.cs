using System.Globalization;
using Bot.Metrics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

using Bot.Operations.Analytics;

namespace Bot.Operations.Redis;

/// <summary>
/// Day counters as Redis hashes, <c>{keySpace}{yyyy-MM-dd}:{counter}</c> (by default <c>bot:analytics:…</c>), each with a TTL of the
/// retention period, so the keyspace holds at most RetentionDays × 9 small hashes and no personal data.
/// </summary>
public sealed class RedisAnalyticsStore(IConnectionMultiplexer redis, IOptions<AnalyticsOptions> options, string keySpace = "bot:analytics:") : IAnalyticsStore
{
    // Adds to a fallback phrase only while the day's hash is under the cap; otherwise to "(khác)".
    // One script keeps the check and the add atomic across instances.
    private const string CappedIncrement = """
        local added = 0
        if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 or redis.call('HLEN', KEYS[1]) < tonumber(ARGV[3]) then
          added = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
        else
          added = redis.call('HINCRBY', KEYS[1], ARGV[4], ARGV[2])
        end
        redis.call('EXPIRE', KEYS[1], ARGV[5])
        return added
        """;

    private readonly AnalyticsOptions _options = options.Value;

    public string Name => "redis";

    /// <summary>The key of one day's counter hash.</summary>
    public string KeyOf(DateOnly day, string counter) =>
        keySpace + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ":" + counter;

    public async Task AddAsync(IReadOnlyCollection<AnalyticsIncrement> increments, CancellationToken cancellationToken)
    {
        if (increments.Count == 0)
        {
            return;
        }

        var ttl = TimeSpan.FromDays(_options.RetentionDays);
        var batch = redis.GetDatabase().CreateBatch();
        var pending = new List<Task>(increments.Count + 16);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var increment in increments)
        {
            var key = KeyOf(increment.Day, increment.Counter);
            if (increment.Counter == AnalyticsCounters.Fallback)
            {
                pending.Add(batch.ScriptEvaluateAsync(CappedIncrement, [key],
                [
                    increment.Field, increment.Amount, _options.MaxFallbackPhrasesPerDay,
                    AnalyticsCounters.OtherPhrases, (long)ttl.TotalSeconds,
                ]));
                continue;
            }

            pending.Add(batch.HashIncrementAsync(key, increment.Field, increment.Amount));
            keys.Add(key);
        }

        foreach (var key in keys)
        {
            pending.Add(batch.KeyExpireAsync(key, ttl));
        }

        batch.Execute();
        BotMetrics.RecordRedisRoundTrip("analytics");
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            BotMetrics.RecordRedisError("analytics");
            throw;
        }
    }

    public async Task<IReadOnlyList<AnalyticsDay>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var reads = new List<(DateOnly Day, string Counter, Task<HashEntry[]> Entries)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            foreach (var counter in AnalyticsCounters.All)
            {
                reads.Add((day, counter, batch.HashGetAllAsync(KeyOf(day, counter))));
            }
        }

        batch.Execute();
        BotMetrics.RecordRedisRoundTrip("analytics");
        try
        {
            await Task.WhenAll(reads.Select(r => r.Entries)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            BotMetrics.RecordRedisError("analytics");
            throw;
        }

        return reads
            .GroupBy(r => r.Day)
            .Select(g => new AnalyticsDay(g.Key, g.Where(r => r.Entries.Result.Length > 0).ToDictionary(
                r => r.Counter,
                r => (IReadOnlyDictionary<string, long>)r.Entries.Result.ToDictionary(e => e.Name.ToString(), e => (long)e.Value, StringComparer.Ordinal))))
            .ToList();
    }
}
