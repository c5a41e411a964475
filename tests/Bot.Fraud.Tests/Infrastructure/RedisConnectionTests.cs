using StackExchange.Redis;

namespace Bot.Fraud.Tests.Infrastructure;

/// <summary>
/// For test classes whose stores share one connection to a real redis-server: each test gets its own server
/// and connection (xunit makes one instance per test), closed and stopped after it.
/// </summary>
public abstract class RedisConnectionTests : IAsyncLifetime
{
    /// <summary>The connection every store in the test uses, as instances of the bot share theirs.</summary>
    protected ConnectionMultiplexer Connection { get; private set; } = null!;

    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        Connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
