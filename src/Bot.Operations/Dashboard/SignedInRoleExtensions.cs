using Bot.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Operations.Dashboard;

/// <summary>
/// Puts an endpoint behind the dashboard's sign-in (the session cookie, or an API key in the
/// Authorization header, as every dashboard API) and a role, so pages and scripts share one endpoint.
/// </summary>
public static class SignedInRoleExtensions
{
    private const string SessionItem = "Bot.Operations.Session";

    /// <summary>Only a signed-in session or key with one of <paramref name="roles"/> gets through: 401 when not signed in, 403 for another role.</summary>
    public static TBuilder RequireSignedInRole<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        if (roles.Length == 0 || roles.Any(r => !AdminRoles.IsKnown(r)))
        {
            throw new ArgumentException($"Roles must be some of {string.Join(", ", AdminRoles.All)}.", nameof(roles));
        }

        return builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var session = DashboardEndpoints.SessionOf(http, http.RequestServices.GetRequiredService<AdminAuthenticator>());
            if (session is null)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first",
                    detail: "Open /admin and sign in, or send the header 'Authorization: Bearer <API key>'.");
            }

            // The role is checked on every request, from the signed session or the key's configuration.
            if (!roles.Contains(session.Role, StringComparer.Ordinal))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for this role",
                    detail: $"'{session.Name}' has role {session.Role}; this needs {string.Join(" or ", roles)}.");
            }

            http.Items[SessionItem] = session;
            return await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>Who <see cref="RequireSignedInRole"/> let through, or null outside such an endpoint.</summary>
    public static AdminSession? SignedIn(this HttpContext http) =>
        http.Items.TryGetValue(SessionItem, out var session) ? session as AdminSession : null;
}
