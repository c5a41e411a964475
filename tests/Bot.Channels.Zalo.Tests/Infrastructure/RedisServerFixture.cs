using Bot.Testing;

namespace Bot.Channels.Zalo.Tests.Infrastructure;

/// <summary>One real <c>redis-server</c> shared by a test class (see <see cref="SharedRedisServer"/>).</summary>
public sealed class RedisServerFixture : SharedRedisServer, IAsyncLifetime;
