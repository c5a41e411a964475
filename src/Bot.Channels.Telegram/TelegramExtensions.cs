using Bot.Admin;
using Bot.Channels.Telegram.Qr;
using Bot.Channels.Telegram.Receiving;
using Bot.Channels.Telegram.Sending;
using Bot.Channels.Telegram.Setup;
using Bot.Dialogs.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Channels.Telegram;

/// <summary>Wires the Telegram channel: <c>AddTelegram</c> in services, <c>MapTelegram</c> on the app.</summary>
public static class TelegramExtensions
{
    /// <summary>Named HttpClient for the Bot API; its logging handlers are removed because every URL contains the token.</summary>
    public const string HttpClientName = "telegram-bot-api";

    /// <summary>
    /// Adds the channel when <c>Telegram:BotToken</c> is set (otherwise does nothing).
    /// <paramref name="whenEnabled"/> runs only then (e.g. to register the channel name for the startup line).
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration,
        Action<IServiceCollection>? whenEnabled = null)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        if (!string.IsNullOrEmpty(section["AdminKey"]))
        {
            // Whether or not the channel is on: a deployment that still sets it must learn where the QR key went.
            throw new OptionsValidationException(TelegramOptions.Section, typeof(TelegramOptions), [TelegramOptionsValidator.RetiredAdminKey]);
        }

        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.BotToken)]))
        {
            return services;
        }

        services.AddSingleton<TelegramChannelMarker>();
        services.AddOptions<TelegramOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // each call has its own timeout
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(o.BotToken, o.ApiBaseUrl.Length > 0 ? o.ApiBaseUrl : null)
            {
                RetryThreshold = 0, // 429 is handled by TelegramSender, with pacing; one policy, not two
            };
            return new TelegramBotClient(clientOptions, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        });

        // In memory unless Redis registered the shared marks (AddRedisState), before or after this.
        services.TryAddSingleton<IUnreachableRecipients>(sp => new InMemoryUnreachableRecipients(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TelegramStatus>(sp => new TelegramStatus
        {
            BotUsername = sp.GetRequiredService<IOptions<TelegramOptions>>().Value.BotUsername is { Length: > 0 } name ? name : null,
        });
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramMessenger>();
        services.AddSingleton<IChannelMessenger>(sp => sp.GetRequiredService<TelegramMessenger>());
        services.AddSingleton<TelegramImageDownloader>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton(sp => new TelegramWebhookSecret(new ConstantTimeSecret(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.SecretToken)));
        services.AddAdminKeys(); // the QR sheet is behind the one admin sign-in (Admin:ApiKeys, any role)

        services.AddHostedService<TelegramSetupService>();
        if (!string.Equals(section[nameof(TelegramOptions.Mode)], nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase))
        {
            services.AddHostedService<TelegramPollingService>();
        }

        services.AddHealthChecks().AddCheck<TelegramHealthCheck>("telegram", tags: ["ready"]);
        whenEnabled?.Invoke(services);
        return services;
    }

    /// <summary>Maps <c>POST /telegram/webhook</c> and the QR admin endpoints; does nothing when the channel is off.</summary>
    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<TelegramChannelMarker>() is null)
        {
            return app;
        }

        // Mapped in polling mode too: it refuses every post (the secret is empty), which is what a stray webhook deserves.
        // Short-circuited: routing runs it at once, past the admin sign-in (authentication, authorization), which has
        // nothing to say about Telegram's posts (the secret header is their check) and cost every turn a handler.
        // The middleware before routing (the security headers) still applies.
        app.MapPost(TelegramChannel.WebhookPath, TelegramWebhookEndpoint.HandleAsync).ShortCircuit();
        app.MapGet("/api/admin/qr/sheet", QrAdminEndpoints.Sheet).RequireAuthorization(AdminPolicies.AnyRole);
        app.MapGet("/api/admin/qr/{flow}.png", QrAdminEndpoints.Png).RequireAuthorization(AdminPolicies.AnyRole);
        return app;
    }

    /// <summary>Present in the container when the channel is on.</summary>
    private sealed class TelegramChannelMarker;
}
