namespace Bot.Testing;

/// <summary>
/// One single-node <c>redis-server</c> shared by a test class; tests isolate themselves with their own key prefix.
/// Free of xunit: a test project's fixture is <c>sealed class RedisServerFixture : SharedRedisServer, IAsyncLifetime;</c>.
/// </summary>
public class SharedRedisServer
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The shared redis-server has not started: call InitializeAsync first.");

    /// <summary>The server's plain endpoint (<c>127.0.0.1:port</c>), as a StackExchange.Redis connection string.</summary>
    public string ConnectionString => Server.Endpoint;

    /// <summary>A key prefix no other test uses.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10] + ":";

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
