using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Operations.Analytics;
using Bot.Operations.Dashboard;
using Bot.Operations.Sources;

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
        return services;
    }
}
