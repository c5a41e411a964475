using System.Security.Cryptography;
using System.Text;
using Bot.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Fraud.Web;

/// <summary>The officers' endpoints open for any officer role in <c>Admin:ApiKeys</c> (officer, approver, admin; not editor).</summary>
/// <remarks>
/// <c>Fraud:AdminKeySha256</c> (the single key used before the shared admin keys existed) is still
/// accepted so existing deployments keep working; move it to <c>Admin:ApiKeys</c> with role officer.
/// Every comparison is in constant time.
/// </remarks>
internal static class FraudAdminAuth
{
    /// <summary>Null when the request may proceed; otherwise the problem to answer with.</summary>
    public static IResult? Check(HttpRequest request, FraudOptions options)
    {
        // Registered by the host's admin features (AddAdminKeys); absent in a host without them.
        var keys = request.HttpContext.RequestServices.GetService<AdminKeyAuthenticator>();
        var legacy = string.IsNullOrWhiteSpace(options.AdminKeySha256) ? null : Convert.FromHexString(options.AdminKeySha256.Trim());
        if (keys is not { HasKeys: true } && legacy is null)
        {
            return Results.Problem(statusCode: 503, title: "Officer API is off",
                detail: "Add an officer key to Admin:ApiKeys (environment: Admin__ApiKeys__0__Name, __Sha256, __Role=officer, __Areas__0) to turn it on; see README, 'Admin keys'.");
        }

        var header = request.Headers.Authorization.ToString();
        var holder = keys?.Authenticate(header);
        if (holder is not null)
        {
            return AdminRoles.Officers.Contains(holder.Role, StringComparer.Ordinal)
                ? null
                : Results.Problem(statusCode: 403, title: "Not allowed for this key's role",
                    detail: $"The key '{holder.Name}' has role {holder.Role}; scam reports and lists need an officer, approver or admin key.");
        }

        if (legacy is not null && MatchesLegacy(header, legacy))
        {
            return null;
        }

        request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: 401, title: "Officer key required",
            detail: "Send the officer key as 'Authorization: Bearer <key>'.");
    }

    /// <summary>True when <paramref name="hex"/> is empty or a 64-character hex SHA-256.</summary>
    public static bool IsValidHash(string? hex) =>
        string.IsNullOrWhiteSpace(hex) || (hex.Trim().Length == 64 && hex.Trim().All(char.IsAsciiHexDigit));

    private static bool MatchesLegacy(string header, byte[] expected)
    {
        const string prefix = "Bearer ";
        var key = header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : "";
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return key.Length > 0 && CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
