using System.Buffers.Text;
using System.Security.Cryptography;

namespace Bot.Fraud.Reports;

/// <summary>
/// Ids of report drafts: "&lt;lookup&gt;.&lt;key&gt;", both random. Only the lookup part names the stored
/// draft; the key, which decrypts it, travels only in the resident's report button.
/// </summary>
/// <remarks>
/// A draft exists before the resident chose to report, so a shared store keeps it encrypted with a
/// key it never holds: an unreported message cannot be read out of Redis. Pressing the button
/// brings the key back, and only then does the draft become a readable (masked) report.
/// The whole id is 39 characters, so the "fr:" payload stays well within Telegram's 64 bytes.
/// </remarks>
public static class DraftIds
{
    public const int KeyBytes = 16;

    /// <summary>A new random id.</summary>
    public static string New() =>
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)) + "." + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>Splits an id into the lookup part and the key; false for anything else.</summary>
    public static bool TryParse(string id, out string lookup, out byte[] key)
    {
        lookup = "";
        key = [];
        var dot = id.IndexOf('.');
        if (dot is <= 0 or > 32 || id.Length - dot - 1 is 0 or > 32)
        {
            return false;
        }

        var keyPart = id.AsSpan(dot + 1);
        var buffer = new byte[Base64Url.GetMaxDecodedLength(keyPart.Length)];
        if (Base64Url.DecodeFromChars(keyPart, buffer, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != keyPart.Length || written != KeyBytes
            || !id.AsSpan(0, dot).ContainsOnlyBase64UrlChars())
        {
            return false;
        }

        lookup = id[..dot];
        key = buffer[..KeyBytes];
        return true;
    }

    private static bool ContainsOnlyBase64UrlChars(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
