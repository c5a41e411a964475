using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Admin;

/// <summary>Puts admin endpoints behind <c>Admin:ApiKeys</c> by role.</summary>
public static class AdminEndpointExtensions
{
    /// <summary>Only keys with one of <paramref name="roles"/> get through (401 without a valid key, 403 for another role).</summary>
    public static TBuilder RequireAdminRole<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        if (roles.Length == 0 || roles.Any(r => !AdminRoles.IsKnown(r)))
        {
            throw new ArgumentException($"Roles must be some of {string.Join(", ", AdminRoles.All)}.", nameof(roles));
        }

        return builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new AdminRoleFilter(factory.ApplicationServices.GetRequiredService<AdminKeyAuthenticator>(), roles);
            return context => filter.InvokeAsync(context, next);
        });
    }

    /// <summary>The key holder <see cref="RequireAdminRole"/> let through, or null outside such an endpoint.</summary>
    public static AdminApiKey? AdminKey(this HttpContext http) =>
        http.Items.TryGetValue(AdminRoleFilter.HolderItem, out var holder) ? holder as AdminApiKey : null;
}
