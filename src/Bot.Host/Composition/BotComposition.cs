using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Redis;
using Bot.Channels.Telegram;
using Bot.Channels.WebChat;
using Bot.Channels.Zalo;
using Bot.Channels.Zalo.Redis;
using Bot.Content.Hosting;
using Bot.Content.Hosting.Redis;
using Bot.Fraud.Redis;
using Bot.Fraud.Web;
using Bot.Host.Inbox;
using Bot.Operations;
using Bot.Operations.Redis;
using Bot.State.Redis;

namespace Bot.Host.Composition;

/// <summary>Every feature and channel the host runs, registered from the configuration in one call.</summary>
/// <remarks>
/// One method rather than lines in Program.cs, so the configuration test
/// (<c>ConfigurationTruthTests</c>) registers exactly what the host registers and can see which
/// settings are read. The order of the turn handlers is not decided here but in
/// <see cref="TurnPipelineComposition"/>. Each feature registers in-memory stores; its
/// <c>Add…Redis</c> call right after puts them on the one shared connection when
/// <c>Redis:ConnectionString</c> is set (and does nothing otherwise).
/// </remarks>
public static class BotComposition
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRedisState(configuration); // the one Redis connection and durable state when Redis:ConnectionString is set
        services.AddBotCore();
        services.AddWebChat().AddChannelName("web");
        services.AddTelegram(configuration, s => s.AddChannelName("telegram"));
        services.AddBroadcasts(configuration);
        services.AddBroadcastsRedis(configuration); // officers, alerts and delivery need Redis
        services.AddContentHosting(); // the engine in force, hot reload, kept versions, the editors' API
        services.AddContentHostingRedis(configuration); // every instance follows the version published
        services.AddSingleton<MissAssigner>(); // the misunderstood inbox publishes its examples through the content's reloader
        services.AddZalo(configuration, name => services.AddChannelName(name));
        services.AddZaloRedis(configuration); // one token pair and contact book for every instance
        services.AddFraudCheck(configuration);
        services.AddFraudRedis(configuration); // reports and list additions shared by every instance
        services.AddScreenshotReading(configuration); // residents' photos are read (Bot.Ocr behind the scam check's port)
        services.AddOperations(configuration);
        services.AddOperationsRedis(configuration); // analytics days and dashboard sessions shared by every instance
        return services;
    }
}
