using Bot.Broadcasts.Hosting;
using Bot.Channels.Telegram;
using Bot.Channels.WebChat;
using Bot.Channels.Zalo;
using Bot.Fraud.Web;
using Bot.Host.Composition.Bridges;
using Bot.Content.Hosting;
using Bot.Host.Inbox;
using Bot.Operations;
using Bot.State.Redis;

namespace Bot.Host.Composition;

/// <summary>Every feature and channel the host runs, registered from the configuration in one call.</summary>
/// <remarks>
/// One method rather than lines in Program.cs, so the configuration test
/// (<c>ConfigurationTruthTests</c>) registers exactly what the host registers and can see which
/// settings are read. The order of the turn handlers is not decided here but in
/// <see cref="TurnPipelineComposition"/>.
/// </remarks>
public static class BotComposition
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRedisState(configuration); // durable state when Redis:ConnectionString is set
        services.AddBotCore();
        services.AddWebChat().AddChannelName("web");
        services.AddTelegram(configuration, s => s.AddChannelName("telegram"));
        services.AddBroadcasts(configuration);
        services.AddContentHosting(); // the engine in force, hot reload, kept versions, the editors' API
        services.AddSingleton<IWebChatPreviewStatus, ReloaderPreviewStatus>(); // the preview page's banner of refused edits
        services.AddSingleton<MissAssigner>(); // the misunderstood inbox publishes its examples through the content's reloader
        services.AddZalo(configuration, name => services.AddChannelName(name));
        services.AddFraudCheck(configuration);
        services.AddFraudBridges(); // scam check ← broadcasts officers and audit log
        services.AddScreenshotBridge(configuration); // scam check ← OCR: residents' photos are read
        services.AddOperationsBridges(); // dashboard ← broadcasts, scam-check masker, hot reload
        services.AddOperations(configuration);
        return services;
    }
}
