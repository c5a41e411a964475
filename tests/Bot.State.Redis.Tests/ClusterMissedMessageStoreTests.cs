using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>The inbox store suite against a 3-master Redis Cluster (every script stays in the {misses} slot).</summary>
public sealed class ClusterMissedMessageStoreTests(RedisClusterFixture redis) : MissedMessageStoreSuite(redis), IClassFixture<RedisClusterFixture>;
