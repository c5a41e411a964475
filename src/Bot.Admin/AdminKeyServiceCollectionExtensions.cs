using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>Registers the admin keys once, whichever feature asks first.</summary>
public static class AdminKeyServiceCollectionExtensions
{
    /// <summary>Binds and validates <c>Admin:ApiKeys</c> at start and adds <see cref="AdminKeyAuthenticator"/>; safe to call from every feature.</summary>
    public static IServiceCollection AddAdminKeys(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(AdminKeyAuthenticator)))
        {
            return services;
        }

        services.AddOptions<AdminKeyOptions>().BindConfiguration(AdminKeyOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminKeyOptions>, AdminKeyOptionsValidator>());
        services.AddSingleton<AdminKeyAuthenticator>();
        return services;
    }
}
