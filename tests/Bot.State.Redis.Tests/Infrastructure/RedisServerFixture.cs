using Bot.Testing;

namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>One single-node <c>redis-server</c> shared by a test class (see <see cref="SharedRedisServer"/>).</summary>
public sealed class RedisServerFixture : SharedRedisServer, IAsyncLifetime, IRedisTarget;
