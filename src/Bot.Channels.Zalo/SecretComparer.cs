using System.Security.Cryptography;
using System.Text;

namespace Bot.Channels.Zalo;

/// <summary>Constant-time comparison of a received secret with the configured one.</summary>
internal static class SecretComparer
{
    /// <summary>True when both are equal; hashing first makes the time independent of the lengths too.</summary>
    public static bool AreEqual(string? received, string expected)
    {
        if (received is null)
        {
            return false;
        }

        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(received), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
