namespace Bot.State.Redis;

/// <summary>Settings under <c>Redis:</c> (environment: <c>Redis__ConnectionString</c>, <c>Redis__KeyPrefix</c>, …).</summary>
public sealed class RedisStateOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis connection string, e.g. <c>127.0.0.1:6379</c> or, for a cluster,
    /// <c>node1:6379,node2:6379,node3:6379</c>. When empty the in-memory store is used.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Prefix of every key the bot writes, so several bots can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "bot:";

    /// <summary>A conversation nobody wrote to for this long is removed (sliding: each turn restarts the clock).</summary>
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an update id is remembered, so a platform's redelivery is answered only once.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How many conversations this instance keeps in memory after committing them (least recently
    /// served out first), so their next turn here is one Redis round trip instead of two. About 1 KB
    /// each; 0 turns the cache off. Safe with several instances: a stale copy only costs its turn a re-run.
    /// </summary>
    public int RecentConversations { get; set; } = 10_000;

    /// <summary>How long a resident stays marked unreachable (blocked the bot, outside Zalo's window) unless they write again.</summary>
    public TimeSpan UnreachableMarkTtl { get; set; } = TimeSpan.FromDays(90);
}
