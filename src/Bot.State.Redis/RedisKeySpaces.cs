using Microsoft.Extensions.Configuration;

namespace Bot.State.Redis;

/// <summary>
/// The key prefix of every feature that stores in Redis, read from configuration in this one place so
/// docs/redis-schema.md and the code cannot disagree about who writes where.
/// </summary>
/// <remarks>
/// Each feature's Redis adapter asks for its own space and never writes outside it. Conversations,
/// unreachable marks, analytics, the Zalo token pair and contact book, content versions, missed messages and dashboard sessions live under
/// <c>Redis:KeyPrefix</c>; broadcasts and the scam check keep the prefixes they always had, so data
/// written before this class existed is read as before.
/// </remarks>
public sealed class RedisKeySpaces
{
    /// <summary>Conversation records, de-duplication marks and unreachable marks (<c>Redis:KeyPrefix</c>, default <c>bot:</c>).</summary>
    public string Conversations { get; set; } = "bot:";

    /// <summary>Daily analytics counters: <c>{Redis:KeyPrefix}analytics:</c>.</summary>
    public string Analytics => Conversations + "analytics:";

    /// <summary>The Zalo OA token pair, hashed to one slot per app: <c>{Redis:KeyPrefix}{zalo-oa:…}</c>.</summary>
    public string ZaloTokens => Conversations;

    /// <summary>The Zalo OA contact book (last message, follow status), one slot per app: <c>{Redis:KeyPrefix}{zalo-oa:…}:seen</c> and <c>:follows</c>.</summary>
    public string ZaloContacts => Conversations;

    /// <summary>The content version in force, its history and files: <c>{Redis:KeyPrefix}{content}:…</c>.</summary>
    public string Content => Conversations;

    /// <summary>Dashboard sign-in sessions, shared so a revoked session ends on every instance: under <c>{Redis:KeyPrefix}</c>.</summary>
    public string AdminSessions => Conversations;

    /// <summary>Subscriptions, officers, audit stream, alerts and delivery queues (<c>Broadcasts:KeyPrefix</c>, default <c>bc:</c>).</summary>
    public string Broadcasts { get; set; } = "bc:";

    /// <summary>Reported lists, scam reports and digest claims (<c>Fraud:RedisKeyPrefix</c>, default <c>fraud:</c>).</summary>
    public string Fraud { get; set; } = "fraud:";

    /// <summary>Reads every prefix; a setting left out keeps the default the feature always used.</summary>
    public void Load(IConfiguration configuration)
    {
        Conversations = configuration[RedisStateOptions.Section + ":" + nameof(RedisStateOptions.KeyPrefix)] ?? Conversations;
        Broadcasts = configuration["Broadcasts:KeyPrefix"] ?? Broadcasts;
        Fraud = configuration["Fraud:RedisKeyPrefix"] ?? Fraud;
    }
}
