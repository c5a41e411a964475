using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>The store suite against one <c>redis-server</c>.</summary>
public sealed class SingleNodeStoreTests(RedisServerFixture redis) : ConversationStoreSuite(redis), IClassFixture<RedisServerFixture>;
