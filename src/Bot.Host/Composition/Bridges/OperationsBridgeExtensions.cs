using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Operations.Analytics;
using Bot.Operations.Dashboard;
using Bot.Operations.Sources;
using Bot.Dialogs.Understanding.Inbox;
using Bot.State.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Host.Composition.Bridges;

/// <summary>
/// Connects the dashboard to the features it reports on. Only the host knows both sides, so the
/// adapters live here; registered before <c>AddOperations</c>, whose defaults are TryAdd.
/// </summary>
public static class OperationsBridgeExtensions
{
    public static IServiceCollection AddOperationsBridges(this IServiceCollection services)
    {
        services.AddSingleton<IContentStatusSource, ReloaderContentStatus>();
        services.AddSingleton<ITextMasker, PrivacyGuardTextMasker>();
        services.AddSingleton<ConfigOfficerDirectory>();
        services.AddSingleton<IOfficerDirectory>(sp => sp.GetService<IOfficerStore>() is { } store
            ? new BroadcastOfficerDirectory(store, sp.GetRequiredService<ConfigOfficerDirectory>())
            : sp.GetRequiredService<ConfigOfficerDirectory>());
        services.AddSingleton<IBroadcastProgressSource>(sp => sp.GetService<RedisAlertStore>() is { } alerts ? ActivatorUtilities.CreateInstance<BroadcastAlertProgressSource>(sp, alerts) : new InMemoryBroadcastProgressSource());
        // The misunderstood inbox: shared by the fleet in Redis when there is a connection (Bot.State.Redis), else memory.
        services.AddSingleton<IMissedMessageStore>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisMissedMessageStore(redis, sp.GetService<IOptions<RedisStateOptions>>()?.Value.KeyPrefix ?? "bot:", sp.GetRequiredService<TimeProvider>())
            : new InMemoryMissedMessageStore(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
