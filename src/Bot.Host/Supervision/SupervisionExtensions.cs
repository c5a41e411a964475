namespace Bot.Host.Supervision;

/// <summary>Makes sure no background service can stop the host.</summary>
public static class SupervisionExtensions
{
    /// <summary>
    /// Every background service runs under <see cref="SupervisedBackgroundService"/>, and the host ignores a
    /// background service's exception instead of stopping (a crash of the delivery worker or a poller must
    /// not take the web chat, Telegram and Zalo down with it).
    /// </summary>
    public static WebApplicationBuilder SuperviseBackgroundServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSupervisionOptions();
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        var development = builder.Environment.IsDevelopment();
        builder.Host.UseServiceProviderFactory(new SupervisingServiceProviderFactory(
            new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development }));
        return builder;
    }

    /// <summary>The restart delays (<c>Supervision:*</c>); apart, so the configuration test sees them bound.</summary>
    public static IServiceCollection AddSupervisionOptions(this IServiceCollection services)
    {
        services.AddOptions<SupervisionOptions>().BindConfiguration("Supervision")
            .Validate(o => o.FirstRestartDelay > TimeSpan.Zero && o.MaxRestartDelay >= o.FirstRestartDelay,
                "Supervision:FirstRestartDelay must be more than 0 and Supervision:MaxRestartDelay at least as long (e.g. 00:00:01 and 00:01:00)")
            .ValidateOnStart();
        return services;
    }
}
