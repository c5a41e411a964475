using System.Globalization;
using StackExchange.Redis;

namespace Bot.Fraud.Redis;

/// <summary>The scam check's Redis keys, all under one prefix (default "fraud:").</summary>
/// <remarks>
/// The lists share the hash tag {lists} and the reports {reports}, so each group's Lua script
/// touches one slot and also runs on Redis Cluster.
/// </remarks>
public sealed class FraudRedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    public RedisKey Domains => Prefix + "{lists}:domains";

    /// <summary>Set of SHA-256 hashes of reported numbers (never the numbers).</summary>
    public RedisKey PhoneHashes => Prefix + "{lists}:phones";

    /// <summary>Incremented on every addition; instances poll it in case a pub/sub message was missed.</summary>
    public RedisKey ListsVersion => Prefix + "{lists}:version";

    /// <summary>Pub/sub channel announcing a new list version.</summary>
    public RedisChannel ListsChanged => RedisChannel.Literal(Prefix + "lists:changed");

    public RedisKey Draft(string id) => Prefix + "{reports}:draft:" + id;

    public RedisKey Report(string id) => Prefix + "{reports}:report:" + id;

    /// <summary>Sorted set of report ids scored by report time (Unix ms).</summary>
    public RedisKey ReportIndex => Prefix + "{reports}:index";

    /// <summary>Taken with SET NX by the instance that sends the day's digest.</summary>
    public RedisKey DigestDay(DateOnly day) => Prefix + "digest:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
