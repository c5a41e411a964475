using Microsoft.AspNetCore.Http;

namespace Bot.Admin;

/// <summary>
/// Lets a request through only with a configured admin key whose role is one of the allowed roles;
/// the key holder is then available to the handler through <see cref="AdminEndpointExtensions.AdminKey"/>.
/// </summary>
public sealed class AdminRoleFilter(AdminKeyAuthenticator authenticator, IReadOnlyList<string> roles) : IEndpointFilter
{
    internal const string HolderItem = "Bot.Admin.KeyHolder";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!authenticator.HasKeys)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Admin API is off",
                detail: $"No admin key is configured. Add one to Admin:ApiKeys with role {string.Join(" or ", roles)} (README, 'Admin keys'), then send 'Authorization: Bearer <key>'.");
        }

        if (authenticator.Authenticate(http.Request.Headers.Authorization.ToString()) is not { } holder)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Admin key required",
                detail: "Send 'Authorization: Bearer <key>' with a key whose SHA-256 is configured in Admin:ApiKeys.");
        }

        if (!roles.Contains(holder.Role, StringComparer.Ordinal))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for this key's role",
                detail: $"The key '{holder.Name}' has role {holder.Role}; this needs {string.Join(" or ", roles)}.");
        }

        http.Items[HolderItem] = holder;
        return await next(context).ConfigureAwait(false);
    }
}
