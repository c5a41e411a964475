using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Redis.Delivery;
using Bot.Broadcasts.Storage;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Officers;
using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Broadcasts.Redis;

/// <summary>Puts the broadcast feature on Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class BroadcastsRedisExtensions
{
    /// <summary>
    /// With Redis: subscriptions and scratch values shared by every instance (replacing the in-memory ones
    /// <c>AddBroadcasts</c> registers, before or after this call), officers and invite codes, the audit stream,
    /// alerts (<see cref="BroadcastServiceCollectionExtensions.AddBroadcastAlerts"/>), and delivery from Redis
    /// streams, all under <see cref="RedisKeySpaces.Broadcasts"/> on the shared connection. The delivery worker
    /// runs unless <c>Broadcasts:DeliveryEnabled</c> is false. Without Redis: nothing; subscriptions stay in memory.
    /// </summary>
    public static IServiceCollection AddBroadcastsRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddRedisConnection(configuration))
        {
            return services;
        }

        services.TryAddSingleton(sp => new RedisKeys(sp.GetRequiredService<RedisKeySpaces>().Broadcasts));
        services.Replace(ServiceDescriptor.Singleton<ISubscriptionStore, RedisSubscriptionStore>());
        services.Replace(ServiceDescriptor.Singleton<IScratchStore, RedisScratchStore>());
        services.Replace(ServiceDescriptor.Singleton<IOfficerStore, RedisOfficerStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditLog, RedisAuditLog>());
        services.TryAddSingleton<RedisAlertStore>();
        services.Replace(ServiceDescriptor.Singleton<IAlertStore>(sp => sp.GetRequiredService<RedisAlertStore>()));
        services.AddBroadcastAlerts();

        services.TryAddSingleton<DeliveryWakeUp>();
        services.AddSingleton<AlertEnqueuer>();
        services.AddSingleton<RedisRateLimiter>();
        services.AddSingleton<ProgressReporter>();
        services.AddSingleton<RedisRations>();
        services.AddSingleton<DeliveryWorker>();
        if (configuration.GetValue("Broadcasts:DeliveryEnabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        }

        return services;
    }
}
