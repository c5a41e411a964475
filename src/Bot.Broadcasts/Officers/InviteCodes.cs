using System.Security.Cryptography;
using System.Text;

namespace Bot.Broadcasts.Officers;

/// <summary>Invite codes: short, easy to read aloud, stored only as a SHA-256 hash.</summary>
public static class InviteCodes
{
    // No 0/O, 1/I/L: officers copy these from a printout or a phone call.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A new random code like "K7QM-3XPA-TR9D" (about 59 bits).</summary>
    public static string Generate()
    {
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }

    /// <summary>Upper case without spaces or dashes, so "k7qm 3xpa-tr9d" works.</summary>
    public static string Normalize(string code) =>
        new(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The hex SHA-256 of the normalised code: the only form ever stored.</summary>
    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));
}
