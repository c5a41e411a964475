using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>The same store suite against a 3-master Redis Cluster.</summary>
public sealed class ClusterStoreTests(RedisClusterFixture redis) : ConversationStoreSuite(redis), IClassFixture<RedisClusterFixture>;
