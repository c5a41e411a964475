using Bot.Operations.Analytics;
using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Operations.Redis;

/// <summary>Keeps operations' data in Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class OperationsRedisExtensions
{
    /// <summary>
    /// Replaces the in-memory analytics store <c>AddOperations</c> registers (before or after this call) with
    /// day counters on the shared connection, under <see cref="RedisKeySpaces.Analytics"/>, so every instance
    /// adds to the same days. Without Redis: nothing.
    /// </summary>
    public static IServiceCollection AddOperationsRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddRedisConnection(configuration))
        {
            return services;
        }

        services.Replace(ServiceDescriptor.Singleton<IAnalyticsStore>(sp => new RedisAnalyticsStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<AnalyticsOptions>>(),
            sp.GetRequiredService<RedisKeySpaces>().Analytics)));
        return services;
    }
}
