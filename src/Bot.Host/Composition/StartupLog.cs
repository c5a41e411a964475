using Bot.Dialogs.State;
using Bot.Content.Hosting;

namespace Bot.Host.Composition;

/// <summary>Writes the one startup line operators look for: state store, channels, content.</summary>
public static class StartupLog
{
    /// <summary>Channel names registered by the <c>Add…</c> extensions, for the startup line.</summary>
    public static IServiceCollection AddChannelName(this IServiceCollection services, string name) =>
        services.AddSingleton(new ChannelName(name));

    public static void LogStartupLine(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IConversationStore>();
        var content = app.Services.GetRequiredService<ContentRuntime>();
        var channels = app.Services.GetServices<ChannelName>().Select(c => c.Name).ToList();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Host");
        logger.LogInformation(
            "Bot started: state store {Store} ({Durability}), channels {Channels}, content {ContentVersion} from {ContentPath} ({Flows} flows)",
            store.Name,
            store.IsDurable ? "durable" : "not durable: conversations are lost on restart; set Redis__ConnectionString",
            string.Join(", ", channels),
            content.Current.Content.Version,
            content.FolderPath,
            content.Current.Content.Flows.Count);
    }
}
