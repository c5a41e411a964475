using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>Signed sign-in links the bot sends to an officer's chat (<c>/dashboard</c>); every comparison in constant time.</summary>
/// <remarks>
/// Links are signed with <c>Admin:LinkSigningKey</c>, so a link made on one instance works on all. A link only
/// opens a session (kept on the server, see <see cref="Bot.Admin.AdminSessions"/>); it is not a session itself.
/// </remarks>
public sealed class DashboardLinks
{
    private readonly IOptionsMonitor<AdminOptions> _options;
    private readonly TimeProvider _time;

    public DashboardLinks(IOptionsMonitor<AdminOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

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

    private static string LinkPayload(string officerId, long expires) =>
        "dashboard-link\n" + officerId + "\n" + expires.ToString(CultureInfo.InvariantCulture);

    private static byte[] LinkKey(AdminOptions options) => Encoding.UTF8.GetBytes(options.LinkSigningKey);

    private static string Sign(byte[] key, string payload) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));
}
