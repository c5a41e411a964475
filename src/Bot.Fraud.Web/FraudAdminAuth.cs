using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Bot.Fraud.Web;

/// <summary>Checks the officers' bearer key against the configured SHA-256, in constant time.</summary>
/// <remarks>Stands in until the shared officer authentication exists; the endpoints only need "is this an officer".</remarks>
internal static class FraudAdminAuth
{
    /// <summary>Null when the request may proceed; otherwise the problem to answer with.</summary>
    public static IResult? Check(HttpRequest request, FraudOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AdminKeySha256))
        {
            return Results.Problem(statusCode: 503, title: "Officer API is off",
                detail: "Set Fraud__AdminKeySha256 to the hex SHA-256 of an officer key to turn it on.");
        }

        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        var key = header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : "";
        var expected = Convert.FromHexString(options.AdminKeySha256.Trim());
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        if (key.Length == 0 || !CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: 401, title: "Officer key required",
                detail: "Send the officer key as 'Authorization: Bearer <key>'.");
        }

        return null;
    }

    /// <summary>True when <paramref name="hex"/> is empty or a 64-character hex SHA-256.</summary>
    public static bool IsValidHash(string? hex) =>
        string.IsNullOrWhiteSpace(hex) || (hex.Trim().Length == 64 && hex.Trim().All(char.IsAsciiHexDigit));
}
