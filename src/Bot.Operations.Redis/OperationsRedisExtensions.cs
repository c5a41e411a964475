using Bot.Admin;
using Bot.Operations.Analytics;
using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Operations.Redis;

/// <summary>Keeps operations' data (analytics, dashboard sessions) in Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class OperationsRedisExtensions
{
    /// <summary>
    /// Replaces the in-memory analytics store <c>AddOperations</c> registers (before or after this call) with
    /// day counters on the shared connection, under <see cref="RedisKeySpaces.Analytics"/>, so every instance
    /// adds to the same days, and the in-memory dashboard sessions with <see cref="RedisAdminSessionStore"/>
    /// under <see cref="RedisKeySpaces.AdminSessions"/>, so a session revoked on one instance ends on all and
    /// sessions survive a restart. Without Redis: nothing.
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
        services.Replace(ServiceDescriptor.Singleton<IAdminSessionStore>(sp => new RedisAdminSessionStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<RedisKeySpaces>().AdminSessions,
            sp.GetRequiredService<TimeProvider>())));
        return services;
    }
}
