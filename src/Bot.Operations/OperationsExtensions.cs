using Bot.Admin;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Privacy;
using Bot.Dialogs.Reporting;
using Bot.Dialogs.Understanding.Inbox;
using Bot.Metrics;
using Bot.Operations.Analytics;
using Bot.Operations.Dashboard;
using Bot.Operations.Inbox;
using Bot.Operations.Logging;
using Bot.Operations.Sources;
using Bot.Operations.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Bot.Operations;

/// <summary>Wires operations: analytics, the dashboard, <c>/metrics</c>, and redacted JSON logs.</summary>
public static class OperationsExtensions
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        // Logs: one redacted JSON object per line on stdout in production (journald/Loki read it as is),
        // readable redacted lines in Development or with Logging:Console:FormatterName=simple.
        services.AddLogging(logging =>
        {
            logging.AddConsole();
            logging.AddConsoleFormatter<RedactingJsonFormatter, ConsoleFormatterOptions>();
            logging.AddConsoleFormatter<RedactingSimpleFormatter, ConsoleFormatterOptions>();
        });
        services.AddSingleton<IPostConfigureOptions<ConsoleLoggerOptions>, ConsoleFormatterChoice>();
        // The scam check registers its privacy guard as the core's ITextMasker; without one nothing may be logged or counted.
        services.TryAddSingleton<ITextMasker>(_ => throw new InvalidOperationException(
            "No ITextMasker is registered: call services.AddFraudCheck() (the privacy guard) before AddOperations, or register your own."));
        services.TryAddSingleton<LogRedactor>();

        // Analytics: in memory; Bot.Operations.Redis replaces the store when Redis is configured.
        services.AddOptions<AnalyticsOptions>().Bind(configuration.GetSection("Analytics")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IAnalyticsStore>(sp => new InMemoryAnalyticsStore(sp.GetRequiredService<IOptions<AnalyticsOptions>>()));
        services.TryAddSingleton<AnalyticsBuffer>();
        services.AddHostedService<AnalyticsFlushService>();
        services.AddSingleton<ITurnObserver, AnalyticsRecorder>();
        services.AddSingleton<ITurnObserver, MetricsTurnObserver>();

        // The misunderstood inbox: memory unless the storage owner (Bot.State.Redis) shares it through Redis.
        services.TryAddSingleton<IMissedMessageStore>(sp => new InMemoryMissedMessageStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<MissedMessageQueue>();
        services.TryAddSingleton<MissedMessageRecorder>();
        services.AddSingleton<ITurnObserver>(sp => sp.GetRequiredService<MissedMessageRecorder>());
        services.AddHostedService<MissedMessageWriter>();

        // Dashboard and the /dashboard command; the other features replace the default core ports.
        services.AddAdminKeys(); // Admin:ApiKeys, shared with the other admin APIs
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection("Admin")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.TryAddSingleton<DashboardLinks>();
        services.TryAddSingleton<IOfficerDirectory, NoOfficers>(); // the broadcast feature replaces it with its officer store
        services.TryAddSingleton<ConfiguredOfficers>();
        services.TryAddSingleton<DashboardOfficers>();
        services.TryAddSingleton<IAdminHolderDirectory, OfficerDirectoryHolders>(); // a revoked officer's session ends at once
        // Sessions: in memory (AddAdminKeys); Bot.Operations.Redis replaces the store when Redis is configured (every instance sees a revocation).
        services.TryAddSingleton<IBroadcastProgressSource, InMemoryBroadcastProgressSource>();
        services.TryAddSingleton<IContentStatusSource, EngineContentStatusSource>();
        services.AddSingleton<DashboardCommandHandler>(); // placed in the turn pipeline by the host's composition

        // Metrics: the bot's meter and ASP.NET Core's, scraped at /metrics, pushed by OTLP when configured.
        var otlp = configuration.GetSection("Otlp").Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (otlp.Endpoint.Length > 0 && !Uri.TryCreate(otlp.Endpoint, UriKind.Absolute, out _))
        {
            throw new OptionsValidationException("Otlp", typeof(TelemetryOptions),
                ["Otlp:Endpoint must be an absolute URL such as http://127.0.0.1:4317, or empty."]);
        }

        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
            metrics.AddPrometheusExporter();
            if (otlp.Endpoint.Length > 0)
            {
                metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp.Endpoint));
            }
        });
        return services;
    }

    /// <summary><c>/admin</c>, <c>/api/admin/*</c> (stats, broadcasts, status, sessions) and <c>/metrics</c>.</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapDashboard();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
