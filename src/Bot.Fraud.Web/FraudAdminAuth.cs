using Bot.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Fraud.Web;

/// <summary>The officers' endpoints open for any officer role in <c>Admin:ApiKeys</c> (officer, approver, admin; not editor).</summary>
/// <remarks>Keys are compared in constant time by the shared <see cref="AdminKeyAuthenticator"/>.</remarks>
internal static class FraudAdminAuth
{
    /// <summary>Null when the request may proceed; otherwise the problem to answer with.</summary>
    public static IResult? Check(HttpRequest request)
    {
        // Registered by the host's admin features (AddAdminKeys); absent in a host without them.
        var keys = request.HttpContext.RequestServices.GetService<AdminKeyAuthenticator>();
        if (keys is not { HasKeys: true })
        {
            return Results.Problem(statusCode: 503, title: "Officer API is off",
                detail: "Add an officer key to Admin:ApiKeys (environment: Admin__ApiKeys__0__Name, __Sha256, __Role=officer, __Areas__0) to turn it on; see README, 'Admin keys'.");
        }

        var header = request.Headers.Authorization.ToString();
        var holder = keys.Authenticate(header);
        if (holder is not null)
        {
            return AdminRoles.Officers.Contains(holder.Role, StringComparer.Ordinal)
                ? null
                : Results.Problem(statusCode: 403, title: "Not allowed for this key's role",
                    detail: $"The key '{holder.Name}' has role {holder.Role}; scam reports and lists need an officer, approver or admin key.");
        }

        request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: 401, title: "Officer key required",
            detail: "Send the officer key as 'Authorization: Bearer <key>'.");
    }
}
