using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Redis.Delivery;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary>Alerts, their counters and the job schedule in Redis.</summary>
public sealed class RedisAlertStore(IConnectionMultiplexer redis, RedisKeys keys, DeliveryWakeUp wakeUp) : IAlertStore
{
    // Compare-and-set on the status: of two approvers pressing at once, one wins.
    private const string TransitionScript = """
        local s = redis.call('HGET', KEYS[1], 'status')
        if not s then return 0 end
        local allowed = false
        for f in string.gmatch(ARGV[1], '[^,]+') do if f == s then allowed = true end end
        if not allowed then return 0 end
        redis.call('HSET', KEYS[1], 'status', ARGV[2])
        for i = 3, #ARGV - 1, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
        return 1
        """;

    /// <summary>How many alerts the "recent" index keeps (the dashboard shows the latest few).</summary>
    public const int RecentCapacity = 200;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Stores a new alert and lists it in the bounded index of recent alerts.</summary>
    public async Task SaveNewAsync(BroadcastAlert alert)
    {
        var db = Db;
        await db.HashSetAsync(keys.Alert(alert.Id), [
            new("areas", string.Join(',', alert.Areas)), new("topic", alert.Topic), new("urgent", alert.Urgent ? 1 : 0),
            new("text", alert.Text), new("status", alert.Status), new("by", alert.CreatedBy), new("chat", alert.CreatorChat),
            new("created", alert.CreatedAt.ToUnixTimeMilliseconds()), new("expires", alert.ExpiresAt.ToUnixTimeMilliseconds()),
        ]).ConfigureAwait(false);
        await db.SortedSetAddAsync(keys.Recent, alert.Id, alert.CreatedAt.ToUnixTimeMilliseconds()).ConfigureAwait(false);
        await db.SortedSetRemoveRangeByRankAsync(keys.Recent, 0, -RecentCapacity - 1).ConfigureAwait(false);
    }

    /// <summary>The ids of the latest <paramref name="max"/> alerts, newest first.</summary>
    public async Task<IReadOnlyList<string>> RecentIdsAsync(int max)
    {
        var ids = await Db.SortedSetRangeByRankAsync(keys.Recent, 0, Math.Clamp(max, 1, RecentCapacity) - 1, Order.Descending).ConfigureAwait(false);
        return ids.Select(id => id.ToString()).ToList();
    }

    /// <summary>Messages delivered per channel ("telegram" → 1,200).</summary>
    public async Task<IReadOnlyDictionary<string, long>> SentByChannelAsync(string id)
    {
        var all = await Db.HashGetAllAsync(keys.AlertCounts(id)).ConfigureAwait(false);
        return all.Where(e => e.Name.StartsWith("sent:"))
            .ToDictionary(e => e.Name.ToString()["sent:".Length..], e => (long)e.Value, StringComparer.Ordinal);
    }

    public async Task<BroadcastAlert?> GetAsync(string id)
    {
        if (!AlertIds.IsValid(id))
        {
            return null;
        }

        var h = (await Db.HashGetAllAsync(keys.Alert(id)).ConfigureAwait(false)).ToDictionary(e => e.Name.ToString(), e => e.Value);
        if (!h.TryGetValue("status", out var status))
        {
            return null;
        }

        string S(string name) => h.TryGetValue(name, out var v) ? v.ToString() : "";
        DateTimeOffset T(string name) => DateTimeOffset.FromUnixTimeMilliseconds(long.TryParse(S(name), out var ms) ? ms : 0);

        // One set of status names: an older name is read as today's and written back (compare-and-set), so the worker's
        // transitions, the admin API and the dashboard all see the same name. Held = approved in the quiet hours, never started.
        var stored = status.ToString();
        var held = h.ContainsKey("sendAfter") && T("sendAfter") > T("approved") && !h.ContainsKey("started") && !h.ContainsKey("enqueued");
        if (AlertStatus.FromStored(stored, held) is var current && current != stored)
        {
            await TransitionAsync(id, [stored], current).ConfigureAwait(false);
            status = current;
        }
        return new BroadcastAlert
        {
            Id = id,
            Areas = S("areas").Split(',', StringSplitOptions.RemoveEmptyEntries),
            Topic = S("topic"),
            Urgent = S("urgent") == "1",
            Text = S("text"),
            Status = status.ToString(),
            CreatedBy = S("by"),
            CreatorChat = S("chat"),
            CreatedAt = T("created"),
            ExpiresAt = T("expires"),
            ApprovedBy = S("approvedBy"),
            SendAfter = h.ContainsKey("sendAfter") ? T("sendAfter") : null,
            ProgressMessageId = S("pm"),
        };
    }

    /// <summary>The alert's reach per channel (reached by type, waiting and skipped by reason, failed).</summary>
    public async Task<IReadOnlyList<ChannelReach>> GetReachAsync(string id)
    {
        var all = await Db.HashGetAllAsync(keys.AlertCounts(id)).ConfigureAwait(false);
        return ChannelReach.FromCounters(all.Where(e => long.TryParse(e.Value.ToString(), out _))
            .ToDictionary(e => e.Name.ToString(), e => (long)e.Value, StringComparer.Ordinal));
    }

    public async Task<AlertCounts> GetCountsAsync(string id)
    {
        var v = await Db.HashGetAsync(keys.AlertCounts(id), ["total", "sent", "blocked", "unreachable", "failed", "pending"]).ConfigureAwait(false);
        long L(int i) => v[i].IsNull ? 0 : (long)v[i];
        return new AlertCounts(L(0), L(1), L(2), L(3), L(4), Math.Max(0, L(5)));
    }

    /// <summary>Moves the alert from one of <paramref name="from"/> to <paramref name="to"/>, setting extra fields; false if it was not in such a state.</summary>
    public async Task<bool> TransitionAsync(string id, IEnumerable<string> from, string to, params (string Field, string Value)[] fields)
    {
        var args = new List<RedisValue> { string.Join(',', from), to };
        foreach (var (field, value) in fields)
        {
            args.Add(field);
            args.Add(value);
        }

        return (long)await Db.ScriptEvaluateAsync(TransitionScript, [keys.Alert(id)], [.. args]).ConfigureAwait(false) == 1;
    }

    public Task SetFieldAsync(string id, string field, string value) => Db.HashSetAsync(keys.Alert(id), field, value);

    /// <summary>Queues the alert for enqueueing at <paramref name="due"/>.</summary>
    public async Task ScheduleAsync(string id, DateTimeOffset due)
    {
        await Db.SortedSetAddAsync(keys.Jobs, id, due.ToUnixTimeMilliseconds()).ConfigureAwait(false);
        wakeUp.Wake(); // an alert due now starts without waiting for the idle job loop's next poll
    }
}
