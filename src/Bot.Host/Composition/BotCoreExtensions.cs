using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Composition;

/// <summary>Wires the channel-neutral core: conversation store and turn pipeline (the engine comes from <c>AddContentHosting</c>).</summary>
public static class BotCoreExtensions
{
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // In-memory unless a durable store (Redis) registered itself first.
        services.TryAddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TurnProcessor(
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IEngineProvider>(),
            sp.GetServices<ITurnHandler>(),
            sp.GetServices<IInputHandler>(),
            sp.GetServices<ITurnObserver>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnProcessor>>()));
        return services;
    }
}
