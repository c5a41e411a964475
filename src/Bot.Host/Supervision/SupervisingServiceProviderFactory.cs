using Microsoft.Extensions.Options;

namespace Bot.Host.Supervision;

/// <summary>
/// Builds the host's container after putting every <see cref="BackgroundService"/> registered as a
/// hosted service, by any project (or a test), under a <see cref="SupervisedBackgroundService"/>.
/// </summary>
/// <remarks>
/// Done when the container is built rather than where services are added, so a service added later
/// (another feature, a test) cannot slip past supervision. Registrations keep their order, so start
/// and stop order do not change.
/// </remarks>
public sealed class SupervisingServiceProviderFactory(ServiceProviderOptions options) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        Supervise(services);
        return services;
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => containerBuilder.BuildServiceProvider(options);

    /// <summary>Replaces each hosted-service registration with one that wraps background services in a supervisor.</summary>
    public static void Supervise(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService) || descriptor.IsKeyedService)
            {
                continue;
            }

            if (descriptor.ImplementationType is { } type && !typeof(BackgroundService).IsAssignableFrom(type))
            {
                continue; // a plain IHostedService: nothing runs in the background to supervise
            }

            services[i] = ServiceDescriptor.Singleton<IHostedService>(sp => Wrap(sp, Create(sp, descriptor)));
        }
    }

    private static IHostedService Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IHostedService
        ?? (descriptor.ImplementationFactory is { } factory
            ? (IHostedService)factory(services)
            : (IHostedService)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    private static IHostedService Wrap(IServiceProvider services, IHostedService service) =>
        service is BackgroundService background
            ? new SupervisedBackgroundService(
                background,
                services.GetService<IOptions<SupervisionOptions>>()?.Value ?? new SupervisionOptions(),
                services.GetService<TimeProvider>() ?? TimeProvider.System,
                services.GetRequiredService<ILogger<SupervisedBackgroundService>>())
            : service;
}
