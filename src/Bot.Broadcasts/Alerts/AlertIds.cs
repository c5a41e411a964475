using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Bot.Broadcasts.Alerts;

/// <summary>Alert ids: 10 random lower-case characters, short enough for button payloads.</summary>
public static partial class AlertIds
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    [GeneratedRegex("^[a-z0-9]{10}$")]
    private static partial Regex Pattern();

    public static string New() => string.Create(10, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);
}
