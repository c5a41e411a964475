namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>A running Redis deployment (one node or a cluster) tests connect to.</summary>
public interface IRedisTarget
{
    /// <summary>A StackExchange.Redis connection string listing every primary.</summary>
    string ConnectionString { get; }
}
