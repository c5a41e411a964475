using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Composition;

/// <summary>Wires the channel-neutral core: conversation store and turn pipeline (the engine comes from <c>AddContentHosting</c>).</summary>
public static class BotCoreExtensions
{
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Free text is decided in one place; a scam-check feature, when deployed, plugs in its recognizer.
        services.AddSingleton(sp => new UnderstandingStage(sp.GetService<ICheckRecognizer>()));

        // In-memory unless a durable store (Redis) registered itself first.
        services.TryAddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TurnProcessor(
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IEngineProvider>(),
            TurnPipelineComposition.Compose().Build(sp), // who answers first: one list, in one file
            sp.GetServices<IInputHandler>(),
            sp.GetServices<ITurnObserver>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnProcessor>>()));
        return services;
    }
}
