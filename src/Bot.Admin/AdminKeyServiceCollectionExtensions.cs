using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>Registers the one admin sign-in once, whichever feature asks first.</summary>
public static class AdminKeyServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Admin:ApiKeys</c> at start, and adds the admin authentication scheme (API keys and
    /// dashboard sessions), the role policies of <see cref="AdminPolicies"/>, sign-in throttling and an in-memory
    /// session store (a host with Redis replaces it). Safe to call from every feature.
    /// </summary>
    public static IServiceCollection AddAdminKeys(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(AdminKeyAuthenticator)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AdminKeyOptions>().BindConfiguration(AdminKeyOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminKeyOptions>, AdminKeyOptionsValidator>());
        services.AddOptions<AdminSignInOptions>().BindConfiguration(AdminKeyOptions.Section + ":SignIn")
            .Validate(o => o.FreeAttempts >= 0 && o.FirstDelay > TimeSpan.Zero && o.MaxDelay >= o.FirstDelay && o.ForgetAfter > TimeSpan.Zero,
                "Admin:SignIn needs FreeAttempts 0 or more, FirstDelay above 0, MaxDelay at least FirstDelay and ForgetAfter above 0 (e.g. 5, 00:00:01, 00:15:00, 01:00:00)")
            .ValidateOnStart();
        services.AddSingleton(sp => new AdminKeyAuthenticator(
            sp.GetRequiredService<IOptionsMonitor<AdminKeyOptions>>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AdminKeyAuthenticator>>()));
        services.AddSingleton<SignInThrottle>();
        services.TryAddSingleton<IAdminSessionStore>(sp => new InMemoryAdminSessionStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AdminSessions(
            sp.GetRequiredService<IAdminSessionStore>(),
            sp.GetRequiredService<AdminKeyAuthenticator>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IAdminHolderDirectory>()));

        // No default scheme: only routes that name a policy authenticate, so a stray Authorization header on a
        // public route (the web chat, a webhook) is never read, and never counts as a guess.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AdminAuthenticationHandler>(AdminAuthenticationDefaults.Scheme, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var policy in AdminPolicies.All)
        {
            authorization.AddPolicy(policy, p => p
                .AddAuthenticationSchemes(AdminAuthenticationDefaults.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(AdminPolicies.RolesOf(policy)));
        }

        return services;
    }
}
