using Bot.Admin;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Chat;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Storage;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Hosting;

/// <summary>Wires the broadcast feature into a host.</summary>
public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions, in memory unless a storage adapter (Bot.Broadcasts.Redis) replaces the stores. Officers,
    /// alerts and their delivery need durable stores: the storage adapter adds them with
    /// <see cref="AddBroadcastAlerts"/>. Channels add their <see cref="Bot.Dialogs.Channels.IChannelMessenger"/>.
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
        services.AddSingleton<MessengerRegistry>();
        services.AddSingleton<AlertFormatter>();
        services.AddSingleton<SubscriptionTurnHandler>(); // placed in the turn pipeline by the host's composition
        services.TryAddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
        services.TryAddSingleton<IScratchStore>(sp => new InMemoryScratchStore(sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Officers, alerts, the officers' chat dialog and the admin API, over the stores a storage adapter registered
    /// (<see cref="IAlertStore"/>, <see cref="IOfficerStore"/>, <see cref="IAuditLog"/>). Makes the officer store
    /// the bot's one <see cref="IOfficerDirectory"/> and the alerts the dashboard's <see cref="IBroadcastProgressSource"/>.
    /// </summary>
    public static IServiceCollection AddBroadcastAlerts(this IServiceCollection services)
    {
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<OfficerTurnHandler>(); // placed in the turn pipeline by the host's composition
        services.AddSingleton<AlertCache>();
        services.AddSingleton<ReachEstimator>();
        services.AddSingleton<DeliveryPolicy>();
        services.Replace(ServiceDescriptor.Singleton<IOfficerDirectory, StoredOfficerDirectory>());
        services.Replace(ServiceDescriptor.Singleton<IBroadcastProgressSource, AlertProgressSource>());
        return services;
    }
}
