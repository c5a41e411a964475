using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>The inbox id of a message: a short hash of its folded text, so "Mất VNeID" and "mat vneid" are one entry.</summary>
public static partial class MissKey
{
    /// <summary>The id of <paramref name="maskedText"/>: 16 hex characters.</summary>
    public static string Of(string maskedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Folded(maskedText))))[..16];

    /// <summary>The text as it is grouped: folded (no diacritics, lower case), words separated by one space.</summary>
    public static string Folded(string text) =>
        string.Join(' ', VietnameseText.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True for something <see cref="Of"/> could have produced (checked before any store is asked).</summary>
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[0-9a-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
