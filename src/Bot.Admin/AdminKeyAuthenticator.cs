using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>Finds the holder of a presented admin key; the one check every admin endpoint uses.</summary>
/// <remarks>
/// The presented key is hashed and compared with every configured hash in constant time
/// (<see cref="CryptographicOperations.FixedTimeEquals"/>) without stopping at the first match,
/// so timing reveals neither which key nor how much of it matched.
/// </remarks>
public sealed class AdminKeyAuthenticator
{
    private const int MaxKeyLength = 512;
    private readonly (AdminApiKey Key, byte[] Hash)[] _keys;

    public AdminKeyAuthenticator(IOptions<AdminKeyOptions> options)
    {
        // Validated at start (AdminKeyOptionsValidator), so every hash parses.
        _keys = options.Value.ApiKeys.Select(k => (k, Convert.FromHexString(k.Sha256))).ToArray();
    }

    /// <summary>True when at least one key is configured (otherwise the admin APIs are off).</summary>
    public bool HasKeys => _keys.Length > 0;

    /// <summary>The holder of the key in an <c>Authorization: Bearer &lt;key&gt;</c> header value, or null.</summary>
    public AdminApiKey? Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        return authorization is not null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? Find(authorization[scheme.Length..].Trim())
            : null;
    }

    /// <summary>The holder of <paramref name="presentedKey"/> (the key itself, e.g. typed into a sign-in form), or null.</summary>
    public AdminApiKey? Find(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey) || presentedKey.Length > MaxKeyLength)
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        AdminApiKey? found = null;
        foreach (var (key, hash) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash) && found is null)
            {
                found = key;
            }
        }

        return found;
    }
}
