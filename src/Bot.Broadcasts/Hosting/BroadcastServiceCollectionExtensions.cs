using Bot.Admin;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Chat;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Storage;
using Bot.Broadcasts.Subscriptions;
using Bot.Broadcasts.Web;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Broadcasts.Hosting;

/// <summary>Wires the broadcast feature into a host.</summary>
public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions always (in memory without Redis); officers, alerts, the admin API and delivery when
    /// <c>Redis:ConnectionString</c> is set. Channels add their <see cref="Bot.Dialogs.Channels.IChannelMessenger"/>.
    /// </summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BroadcastOptions>().Bind(configuration.GetSection("Broadcasts"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BroadcastOptions>, BroadcastOptionsValidator>();
        services.AddAdminKeys(); // Admin:ApiKeys, shared with the other admin APIs

        services.AddSingleton(sp => AreaCatalog.Load(AreasFile.Resolve(
            sp.GetRequiredService<IOptions<BroadcastOptions>>().Value.AreasFile, configuration["Content:Path"])));
        services.AddSingleton(sp => new RedisKeys(sp.GetRequiredService<IOptions<BroadcastOptions>>().Value.KeyPrefix));
        services.AddSingleton<MessengerRegistry>();
        services.AddSingleton<AlertFormatter>();
        services.AddSingleton<SubscriptionTurnHandler>(); // placed in the turn pipeline by the host's composition

        var connection = configuration["Redis:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            services.TryAddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
            services.TryAddSingleton<IScratchStore>(sp => new InMemoryScratchStore(sp.GetRequiredService<TimeProvider>()));
            return services;
        }

        // The Redis state store registers a multiplexer too; whichever comes first is shared.
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connection));
        services.TryAddSingleton<ISubscriptionStore, RedisSubscriptionStore>();
        services.TryAddSingleton<IScratchStore, RedisScratchStore>();
        services.AddSingleton<IOfficerStore, RedisOfficerStore>();
        services.AddSingleton<IAuditLog, RedisAuditLog>();
        services.AddSingleton<RedisAlertStore>();
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<OfficerTurnHandler>();
        services.AddSingleton<AlertEnqueuer>();
        services.AddSingleton<AlertCache>();
        services.AddSingleton<RedisRateLimiter>();
        services.AddSingleton<ProgressReporter>();
        services.AddSingleton<RedisRations>();
        services.AddSingleton<ReachEstimator>();
        services.AddSingleton<DeliveryWorker>();
        if (configuration.GetValue("Broadcasts:DeliveryEnabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        }

        services.AddHealthChecks().AddCheck<BroadcastRedisHealthCheck>("broadcasts", tags: ["ready"]);
        return services;
    }
}
