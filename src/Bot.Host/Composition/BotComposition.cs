using Bot.Broadcasts.Hosting;
using Bot.Channels.Telegram;
using Bot.Channels.WebChat;
using Bot.Channels.Zalo;
using Bot.Fraud.Web;
using Bot.Host.Composition.Bridges;
using Bot.Host.Content;
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
        services.AddContentReload();
        services.AddZalo(configuration, name => services.AddChannelName(name));
        services.AddFraudCheck(configuration);
        services.AddFraudBridges(); // scam check ← broadcasts officers and audit log
        services.AddOperationsBridges(); // dashboard ← broadcasts, scam-check masker, hot reload
        services.AddOperations(configuration);
        return services;
    }
}
