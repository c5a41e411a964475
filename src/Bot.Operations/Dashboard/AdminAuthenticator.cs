using System.Globalization;
using Bot.Admin;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>API keys, signed links and session tokens for the dashboard; every comparison in constant time.</summary>
/// <remarks>
/// Sessions are signed with a key derived from <c>Admin:LinkSigningKey</c>, so every instance behind
/// the proxy accepts them; without that setting a random per-process key is used (one instance only,
/// sessions end on restart).
/// </remarks>
public sealed class AdminAuthenticator
{
    private readonly IOptionsMonitor<AdminOptions> _options;
    private readonly AdminKeyAuthenticator _keys;
    private readonly TimeProvider _time;
    private readonly byte[] _fallbackSessionKey = RandomNumberGenerator.GetBytes(32);

    public AdminAuthenticator(IOptionsMonitor<AdminOptions> options, AdminKeyAuthenticator keys, TimeProvider time)
    {
        _options = options;
        _keys = keys;
        _time = time;
    }

    /// <summary>The holder of <paramref name="presentedKey"/> in <c>Admin:ApiKeys</c>, or null (checked in constant time by the shared authenticator).</summary>
    public AdminApiKey? FindApiKey(string? presentedKey) => _keys.Find(presentedKey);

    /// <summary>A link that signs <paramref name="officerId"/> in for a few minutes.</summary>
    public Uri CreateLink(string officerId)
    {
        var options = _options.CurrentValue;
        var expires = _time.GetUtcNow().AddMinutes(options.LinkMinutes).ToUnixTimeSeconds();
        var signature = Sign(LinkKey(options), LinkPayload(officerId, expires));
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        return new Uri($"{baseUrl}/admin/link?officer={Uri.EscapeDataString(officerId)}&expires={expires}&sig={signature}");
    }

    /// <summary>The officer id of a valid, unexpired link, or null.</summary>
    public string? VerifyLink(string? officerId, string? expires, string? signature)
    {
        var options = _options.CurrentValue;
        if (!options.LinksEnabled || string.IsNullOrEmpty(officerId) || officerId.Length > 128 || signature is not { Length: > 0 and < 100 }
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return null;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (expiresAt < now || expiresAt > now + (options.LinkMinutes * 60) + 60)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(LinkKey(options), LinkPayload(officerId, expiresAt)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) ? officerId : null;
    }

    /// <summary>A signed session token for the cookie.</summary>
    public string IssueSession(string name, string role)
    {
        var expires = _time.GetUtcNow().AddHours(_options.CurrentValue.SessionHours).ToUnixTimeSeconds();
        var payload = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"v1\n{name}\n{role}\n{expires}"));
        return payload + "." + Sign(SessionKey(), payload);
    }

    /// <summary>The session a cookie stands for, or null when forged, malformed or expired.</summary>
    public AdminSession? ReadSession(string? token)
    {
        if (token is not { Length: > 0 and < 1024 } || token.Split('.') is not [var payload, var signature])
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(SessionKey(), payload));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(payload)).Split('\n');
            if (parts is not ["v1", var name, var role, var expiresText]
                || !long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            {
                return null;
            }

            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires);
            return expiresAt > _time.GetUtcNow() ? new AdminSession(name, role, expiresAt) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string LinkPayload(string officerId, long expires) =>
        "dashboard-link\n" + officerId + "\n" + expires.ToString(CultureInfo.InvariantCulture);

    private static byte[] LinkKey(AdminOptions options) => Encoding.UTF8.GetBytes(options.LinkSigningKey);

    private byte[] SessionKey()
    {
        var options = _options.CurrentValue;
        return options.LinksEnabled
            ? HMACSHA256.HashData(LinkKey(options), "dashboard-session"u8)
            : _fallbackSessionKey;
    }

    private static string Sign(byte[] key, string payload) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));
}
