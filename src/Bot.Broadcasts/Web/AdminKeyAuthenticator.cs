using System.Security.Cryptography;
using System.Text;
using Bot.Broadcasts.Officers;
using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Web;

/// <summary>Checks <c>Authorization: Bearer &lt;key&gt;</c> against <c>Admin:ApiKeys</c>; reusable by every admin endpoint.</summary>
/// <remarks>
/// The presented key is hashed and compared with every configured hash in constant time
/// (<see cref="CryptographicOperations.FixedTimeEquals"/>), without stopping at the first match,
/// so timing reveals neither which key nor how much of it matched.
/// </remarks>
public sealed class AdminKeyAuthenticator
{
    private readonly (AdminApiKey Key, byte[] Hash, OfficerRole Role)[] _keys;

    public AdminKeyAuthenticator(IOptions<AdminOptions> options)
    {
        var problems = Validate(options.Value).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException("Admin", typeof(AdminOptions), problems);
        }

        _keys = options.Value.ApiKeys
            .Select(k => (k, Convert.FromHexString(k.Sha256), OfficerRoles.TryParse(k.Role, out var role) ? role : OfficerRole.Officer))
            .ToArray();
    }

    /// <summary>The actor for a valid Authorization header value, or null (missing, malformed or unknown key).</summary>
    public Actor? Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length > 512)
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        Actor? found = null;
        foreach (var (key, hash, role) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                found = new Actor("key:" + key.Name, role, key.Areas);
            }
        }

        return found;
    }

    /// <summary>Problems with the configured keys, each saying what to set.</summary>
    public static IEnumerable<string> Validate(AdminOptions options)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var at = $"Admin:ApiKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name) || !names.Add(key.Name))
            {
                yield return $"{at}:Name must be set and unique.";
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(Uri.IsHexDigit))
            {
                yield return $"{at}:Sha256 must be the 64-character hex SHA-256 of the key (e.g. printf %s \"$KEY\" | sha256sum).";
            }

            if (!OfficerRoles.TryParse(key.Role, out _))
            {
                yield return $"{at}:Role must be officer, approver or admin.";
            }

            if (key.Areas.Count == 0)
            {
                yield return $"{at}:Areas must list at least one area id from areas.yaml (or \"*\").";
            }
        }
    }
}
