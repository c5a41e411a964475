using System.Security.Cryptography;
using System.Text;

namespace Bot.Dialogs.Channels;

/// <summary>A configured secret (a webhook secret token, an admin key) compared in constant time against what a request presents.</summary>
/// <remarks>
/// Both sides are hashed first so the comparison also hides the secret's length, then compared
/// with <see cref="CryptographicOperations.FixedTimeEquals"/>. An empty configured secret never
/// matches. The one comparer every channel uses.
/// </remarks>
public sealed class ConstantTimeSecret
{
    private readonly byte[]? _hash;

    public ConstantTimeSecret(string? secret)
    {
        _hash = string.IsNullOrEmpty(secret) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>True when a secret is configured.</summary>
    public bool IsConfigured => _hash is not null;

    /// <summary>True when <paramref name="presented"/> equals the configured secret.</summary>
    public bool Matches(string? presented)
    {
        if (_hash is null || presented is null)
        {
            return false;
        }

        Span<byte> candidate = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), candidate);
        return CryptographicOperations.FixedTimeEquals(candidate, _hash);
    }
}
