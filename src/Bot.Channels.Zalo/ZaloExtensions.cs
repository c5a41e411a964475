using Bot.Channels.Zalo.BotPlatform;
using Bot.Channels.Zalo.Images;
using Bot.Channels.Zalo.OfficialAccount;
using Bot.Channels.Zalo.OfficialAccount.Alerts;
using Bot.Channels.Zalo.Tokens;
using Bot.Dialogs.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>Wires the Zalo channels: each is on only when its keys are set, and its settings are checked at start.</summary>
public static class ZaloExtensions
{
    /// <summary>Registers the Zalo OA (section <c>Zalo:OA</c>) and Zalo Bot (section <c>Zalo:Bot</c>) channels that are configured.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="channelEnabled">Called with "zalo-oa" / "zalo-bot" for each channel turned on (for the startup line).</param>
    public static IServiceCollection AddZalo(this IServiceCollection services, IConfiguration configuration, Action<string>? channelEnabled = null)
    {
        var oa = configuration.GetSection(ZaloOaOptions.Section).Get<ZaloOaOptions>() ?? new ZaloOaOptions();
        var bot = configuration.GetSection(ZaloBotOptions.Section).Get<ZaloBotOptions>() ?? new ZaloBotOptions();
        services.AddSingleton(new ZaloEnabledChannels(oa.IsConfigured, bot.IsConfigured));
        if (!oa.IsConfigured && !bot.IsConfigured)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        // In memory unless the storage owner (Bot.State.Redis) shares the marks of every instance through Redis.
        services.TryAddSingleton<IUnreachableRecipients>(sp => new InMemoryUnreachableRecipients(sp.GetRequiredService<TimeProvider>()));
        AddImages(services, configuration);
        if (oa.IsConfigured)
        {
            AddOfficialAccount(services, configuration);
            channelEnabled?.Invoke(ZaloChannels.OfficialAccount);
        }

        if (bot.IsConfigured)
        {
            AddBotPlatform(services, configuration);
            channelEnabled?.Invoke(ZaloChannels.Bot);
        }

        return services;
    }

    /// <summary>Maps <c>POST /zalo/oa/webhook</c> and <c>POST /zalo/bot/webhook</c> for the channels that are on.</summary>
    public static IEndpointRouteBuilder MapZalo(this IEndpointRouteBuilder app)
    {
        var enabled = app.ServiceProvider.GetService<ZaloEnabledChannels>();
        if (enabled?.OfficialAccount == true)
        {
            app.MapPost("/zalo/oa/webhook", ZaloOaWebhookEndpoint.HandleAsync);
        }

        if (enabled?.Bot == true && !app.ServiceProvider.GetRequiredService<IOptions<ZaloBotOptions>>().Value.IsPolling)
        {
            app.MapPost("/zalo/bot/webhook", ZaloBotWebhookEndpoint.HandleAsync);
        }

        return app;
    }

    /// <summary>A "ready" health check over the channel's <see cref="ZaloApiStatus"/>.</summary>
    private static void AddApiHealth(IServiceCollection services, string channel)
    {
        services.AddKeyedSingleton(channel, (sp, _) => new ZaloApiStatus(sp.GetRequiredService<TimeProvider>()));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            channel,
            sp => new ZaloApiHealthCheck(sp.GetRequiredKeyedService<ZaloApiStatus>(channel), channel),
            HealthStatus.Unhealthy,
            ["ready"]));
    }

    /// <summary>Residents' photos, fetched only from Zalo's hosts (<c>Zalo:Images</c>), for both channels.</summary>
    private static void AddImages(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ZaloImageOptions>().Bind(configuration.GetSection(ZaloImageOptions.Section))
            .Validate(o => o.Hosts.Count > 0 && o.Hosts.All(h => !string.IsNullOrWhiteSpace(h) && !h.Contains('/') && !h.Contains(':')),
                "Zalo:Images:Hosts must list host names such as zdn.vn (no scheme, no path, no port).")
            .Validate(o => o.MaxBytes is >= 1024 and <= 50 * 1024 * 1024, "Zalo:Images:MaxBytes must be between 1024 and 52428800.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Zalo:Images:Timeout must be positive, e.g. 00:00:20.")
            .ValidateOnStart();
        services.AddHttpClient(ZaloImageDownloader.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan) // each download has its own
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.AddSingleton<ZaloImageDownloader>();
    }

    private static void AddOfficialAccount(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ZaloOaOptions>().Bind(configuration.GetSection(ZaloOaOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloOaOptions>, ZaloOaOptionsValidator>();
        services.AddHttpClient(ZaloOaApiClient.HttpClientName, (sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<ZaloOaOptions>>().Value.RequestTimeout)
            .RemoveAllLoggers();

        // An encrypted file; Bot.Channels.Zalo.Redis replaces it with Redis (every instance shares the rotating pair).
        services.TryAddSingleton<IZaloTokenStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZaloOaOptions>>().Value;
            return new FileZaloTokenStore(options.TokenStorePath, new ZaloTokenProtector(options.AppSecret), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ZaloOaApiClient>();
        services.AddSingleton<ZaloOaTokenManager>();
        services.AddSingleton<ZaloOaMessageRenderer>();
        services.AddSingleton<ZaloOaSender>();
        services.AddSingleton<ZaloOaDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<ZaloOaDelivery>());
        services.AddSingleton<ZaloOaEventHandler>();
        services.AddSingleton<ZaloOaMessenger>();
        services.AddSingleton<IChannelMessenger>(sp => sp.GetRequiredService<ZaloOaMessenger>());
        AddAlertRouting(services, configuration);
        AddApiHealth(services, ZaloChannels.OfficialAccount);
    }

    /// <summary>Alerts beyond the 7-day window: message type per recipient, follower templates, the quota, and the follow invitation.</summary>
    private static void AddAlertRouting(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ZaloOaAlertOptions>().Bind(configuration.GetSection(ZaloOaOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloOaAlertOptions>, ZaloOaAlertOptionsValidator>();

        // In memory; Bot.Channels.Zalo.Redis replaces it with Redis (every instance knows who wrote and who follows).
        services.TryAddSingleton<IZaloContactBook, InMemoryZaloContactBook>();
        services.AddSingleton<ZaloOaQuotaGate>();
        services.AddSingleton<ZaloOaTemplateRenderer>();
        services.AddSingleton<ZaloOaAlertRouter>();
        services.AddSingleton<IAlertRouter>(sp => sp.GetRequiredService<ZaloOaAlertRouter>());
        services.AddSingleton<IFollowInvitation, ZaloOaFollowInvitation>();
    }

    private static void AddBotPlatform(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ZaloBotOptions>().Bind(configuration.GetSection(ZaloBotOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloBotOptions>, ZaloBotOptionsValidator>();

        // The bot token is part of every request address: no request logging for this client.
        services.AddHttpClient(ZaloBotClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<ZaloBotClient>();
        services.AddSingleton<ZaloBotRenderer>();
        services.AddSingleton<ZaloBotSender>();
        services.AddSingleton<ZaloBotUpdateHandler>();
        services.AddSingleton<ZaloBotMessenger>();
        services.AddSingleton<IChannelMessenger>(sp => sp.GetRequiredService<ZaloBotMessenger>());
        services.AddHostedService<ZaloBotPoller>();
        services.AddHostedService<ZaloBotWebhookRegistrar>();
        AddApiHealth(services, ZaloChannels.Bot);
    }
}
