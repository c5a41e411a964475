using System.Globalization;
using System.Text.Json;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Understanding.Inbox;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>
/// The misunderstood inbox in Redis, shared by every instance: one hash per entry and two sorted
/// sets, all under the hash tag <c>{misses}</c> so each script touches one slot on a Cluster too.
/// </summary>
/// <remarks>
/// <c>{prefix}{misses}:i:{id}</c> holds text, count, first, last (Unix ms), suggestions (JSON) and,
/// once dismissed, <c>dismissed</c>; it expires <see cref="IMissedMessageStore.Retention"/> after its
/// last sighting. <c>{prefix}{misses}:open</c> ranks open entries by count; <c>{prefix}{misses}:seen</c>
/// by last sighting, so each record also drops index entries whose hash has expired. Only masked
/// text is ever written. Failures surface as <see cref="StoreUnavailableException"/>.
/// </remarks>
public sealed class RedisMissedMessageStore(IConnectionMultiplexer redis, string keyPrefix, TimeProvider time) : IMissedMessageStore
{
    private const string RecordScript = """
        local dismissed = redis.call('HEXISTS', KEYS[1], 'dismissed') == 1
        local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
        if count == 1 then redis.call('HSET', KEYS[1], 'text', ARGV[2], 'first', ARGV[4]) end
        local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
        local at = tonumber(ARGV[4])
        if at > last then last = at end
        redis.call('HSET', KEYS[1], 'last', last, 'suggestions', ARGV[3])
        redis.call('EXPIRE', KEYS[1], ARGV[5])
        local gone = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[6], 'LIMIT', 0, 100)
        for _, id in ipairs(gone) do
          redis.call('ZREM', KEYS[2], id)
          redis.call('ZREM', KEYS[3], id)
        end
        if not dismissed then redis.call('ZADD', KEYS[2], count, ARGV[1]) end
        redis.call('ZADD', KEYS[3], last, ARGV[1])
        redis.call('EXPIRE', KEYS[2], ARGV[5])
        redis.call('EXPIRE', KEYS[3], ARGV[5])
        return count
        """;

    // ARGV[1] = id; ARGV[2] = "remove" (forget it) or "dismiss" (hide it, keep counting).
    private const string CloseScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'dismissed') == 1 then return 0 end
        redis.call('ZREM', KEYS[2], ARGV[1])
        if ARGV[2] == 'remove' then
          redis.call('DEL', KEYS[1])
          redis.call('ZREM', KEYS[3], ARGV[1])
        else
          redis.call('HSET', KEYS[1], 'dismissed', '1')
        end
        return 1
        """;

    private readonly string _prefix = keyPrefix + "{misses}:";

    public string Name => "redis";

    public async Task RecordAsync(MissSighting sighting, CancellationToken cancellationToken)
    {
        var at = sighting.At.ToUnixTimeMilliseconds();
        var cutoff = (time.GetUtcNow() - IMissedMessageStore.Retention).ToUnixTimeMilliseconds();
        var suggestions = JsonSerializer.Serialize(sighting.Suggestions.ToList(), MissSuggestionJson.Default.ListMissSuggestion);
        await RunAsync(db => db.ScriptEvaluateAsync(RecordScript, [Item(sighting.Id), Open, Seen],
            [sighting.Id, sighting.Text, suggestions, at, (long)IMissedMessageStore.Retention.TotalSeconds, cutoff])).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MissedMessage>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        return await RunAsync(async db =>
        {
            var ids = await db.SortedSetRangeByRankAsync(Open, 0, limit - 1, Order.Descending).ConfigureAwait(false);
            var batch = db.CreateBatch();
            var reads = ids.Select(id => (Id: (string)id!, Read: batch.HashGetAllAsync(Item(id!)))).ToList();
            batch.Execute();
            var found = new List<MissedMessage>(reads.Count);
            foreach (var (id, read) in reads)
            {
                if (Parse(id, await read.ConfigureAwait(false)) is { } message)
                {
                    found.Add(message);
                }
            }

            IReadOnlyList<MissedMessage> ordered = found.OrderByDescending(m => m.Count).ThenByDescending(m => m.LastSeen).ToList();
            return ordered;
        }).ConfigureAwait(false);
    }

    public async Task<MissedMessage?> FindAsync(string id, CancellationToken cancellationToken) =>
        await RunAsync(async db => Parse(id, await db.HashGetAllAsync(Item(id)).ConfigureAwait(false))).ConfigureAwait(false);

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) => CloseAsync(id, "remove");

    public Task<bool> DismissAsync(string id, CancellationToken cancellationToken) => CloseAsync(id, "dismiss");

    private string Open => _prefix + "open";

    private string Seen => _prefix + "seen";

    private RedisKey Item(string id) => _prefix + "i:" + id;

    private async Task<bool> CloseAsync(string id, string how) =>
        (long)await RunAsync(db => db.ScriptEvaluateAsync(CloseScript, [Item(id), Open, Seen], [id, how])).ConfigureAwait(false) == 1;

    /// <summary>An open entry from its hash; null when it expired, was dismissed or is unreadable.</summary>
    private static MissedMessage? Parse(string id, HashEntry[] fields)
    {
        var map = fields.ToDictionary(f => (string)f.Name!, f => f.Value);
        if (map.ContainsKey("dismissed") || !map.TryGetValue("text", out var text)
            || Number(map, "count") is not { } count || Number(map, "first") is not { } first || Number(map, "last") is not { } last)
        {
            return null;
        }

        List<MissSuggestion> suggestions;
        try
        {
            suggestions = JsonSerializer.Deserialize((string?)map.GetValueOrDefault("suggestions") ?? "[]", MissSuggestionJson.Default.ListMissSuggestion) ?? [];
        }
        catch (JsonException)
        {
            suggestions = [];
        }

        return new MissedMessage(id, text!, count, DateTimeOffset.FromUnixTimeMilliseconds(first), DateTimeOffset.FromUnixTimeMilliseconds(last), suggestions);
    }

    private static long? Number(Dictionary<string, RedisValue> map, string field) =>
        long.TryParse((string?)map.GetValueOrDefault(field), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> action)
    {
        try
        {
            return await action(redis.GetDatabase()).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new StoreUnavailableException("The misunderstood inbox in Redis cannot be reached; try again shortly.", ex);
        }
    }
}
