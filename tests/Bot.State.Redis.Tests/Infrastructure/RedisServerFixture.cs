namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>One single-node <c>redis-server</c> shared by a test class; tests isolate themselves with their own key prefix.</summary>
public sealed class RedisServerFixture : IAsyncLifetime, IRedisTarget
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public string ConnectionString => Server.Endpoint;

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
