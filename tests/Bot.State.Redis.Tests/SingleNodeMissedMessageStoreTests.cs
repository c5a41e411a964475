using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>The inbox store suite against one redis-server.</summary>
public sealed class SingleNodeMissedMessageStoreTests(RedisServerFixture redis) : MissedMessageStoreSuite(redis), IClassFixture<RedisServerFixture>;
