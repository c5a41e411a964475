using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Officers;
using Bot.Fraud.Officers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Composition.Bridges;

/// <summary>
/// Connects the scam check to the broadcast feature's officers and audit log. Called after
/// <c>AddFraudCheck</c> and <c>AddBroadcasts</c>: it replaces the scam check's defaults (nobody is an
/// officer; audit to the log) with adapters, which fall back to those defaults without Redis
/// (the officer store and the audit stream exist only with Redis).
/// </summary>
public static class FraudBridgeExtensions
{
    public static IServiceCollection AddFraudBridges(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IFraudOfficerLookup>(sp => sp.GetService<IOfficerStore>() is { } store
            ? new BroadcastFraudOfficerLookup(store, sp.GetRequiredService<AreaCatalog>())
            : new NoFraudOfficers()));
        services.Replace(ServiceDescriptor.Singleton<IFraudAuditLog>(sp => sp.GetService<IAuditLog>() is { } audit
            ? new BroadcastFraudAuditLog(audit)
            : ActivatorUtilities.CreateInstance<LoggingFraudAuditLog>(sp)));
        return services;
    }
}
