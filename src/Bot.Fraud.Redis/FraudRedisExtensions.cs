using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Bot.Fraud.Reports;
using Bot.Fraud.Web;
using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Fraud.Redis;

/// <summary>Puts the scam check's lists, reports and digest claims in Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class FraudRedisExtensions
{
    /// <summary>
    /// Replaces the in-memory stores <c>AddFraudCheck</c> registers (before or after this call) with Redis
    /// ones on the shared connection, under <see cref="RedisKeySpaces.Fraud"/>. Without Redis: nothing,
    /// the scam check keeps working in memory.
    /// </summary>
    public static IServiceCollection AddFraudRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddRedisConnection(configuration))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new FraudRedisKeys(sp.GetRequiredService<RedisKeySpaces>().Fraud));
        services.Replace(ServiceDescriptor.Singleton<IFraudListStore>(sp => new RedisFraudListStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<FraudContent>(),
            sp.GetRequiredService<FraudRedisKeys>(),
            sp.GetRequiredService<ILogger<RedisFraudListStore>>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<FraudOptions>>().Value.ListPollSeconds))));
        services.Replace(ServiceDescriptor.Singleton<IScamReportStore>(sp => new RedisScamReportStore(
            sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<FraudRedisKeys>())
        {
            Retention = TimeSpan.FromDays(sp.GetRequiredService<IOptions<FraudOptions>>().Value.ReportRetentionDays),
        }));
        services.Replace(ServiceDescriptor.Singleton<IDigestClaim, RedisDigestClaim>());
        return services;
    }
}
