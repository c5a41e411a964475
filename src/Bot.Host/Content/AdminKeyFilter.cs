using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Content;

/// <summary>Lets a request through only with <c>Authorization: Bearer {key}</c> whose SHA-256 matches <c>Admin:ContentKeySha256</c>.</summary>
/// <remarks>Only the hash is configured, so the key itself is never stored; hashes are compared in constant time.</remarks>
public sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.KeyHash();
        if (expected is null)
        {
            return Results.Problem(statusCode: 403, title: "Admin API is off",
                detail: "Set Admin:ContentKeySha256 to the hex SHA-256 of a long random key, then send 'Authorization: Bearer <key>'.");
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        if (presented.Length == 0 || !CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: 401, title: "Admin key required",
                detail: "Send 'Authorization: Bearer <key>' with the key whose SHA-256 is configured in Admin:ContentKeySha256.");
        }

        return await next(context).ConfigureAwait(false);
    }
}
