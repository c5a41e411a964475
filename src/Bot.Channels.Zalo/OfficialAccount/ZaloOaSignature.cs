using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>The OA webhook signature: <c>mac=</c> + hex SHA-256(app id + raw body + timestamp + OA secret key).</summary>
/// <remarks>
/// Plain SHA-256 of the concatenation, not HMAC (Zalo's Java SDK <c>MacUtils.buildMac</c>); the
/// timestamp is the string from the body. Computed over the exact bytes received: re-serialising
/// the JSON would change them.
/// </remarks>
public static class ZaloOaSignature
{
    /// <summary>The header value Zalo would send for <paramref name="rawBody"/>.</summary>
    public static string Compute(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(appId, rawBody, timestamp, oaSecretKey, hash);
        return "mac=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="header"/> (with or without the <c>mac=</c> prefix) matches, compared in constant time.</summary>
    public static bool Verify(string? header, string appId, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var hex = header.Trim();
        if (hex.StartsWith("mac=", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[4..];
        }

        Span<byte> received = stackalloc byte[32];
        if (hex.Length != 64 || Convert.FromHexString(hex, received, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        Hash(appId, rawBody, timestamp, oaSecretKey, expected);
        return CryptographicOperations.FixedTimeEquals(received, expected);
    }

    /// <summary>
    /// The body's top-level <c>timestamp</c> (a string or a number of digits), read without parsing the
    /// rest of the event: what the signature covers, so it can be checked before anything else is read.
    /// Null when the body is not a JSON object with such a field.
    /// </summary>
    public static string? TimestampOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTimestamp = reader.ValueTextEquals("timestamp"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isTimestamp)
                {
                    var digits = reader.ValueSpan;
                    return reader.TokenType is JsonTokenType.String or JsonTokenType.Number && !reader.ValueIsEscaped
                           && digits.Length is > 0 and <= 19 && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0
                        ? Encoding.ASCII.GetString(digits)
                        : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Hash(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey, Span<byte> destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(appId));
        hash.AppendData(rawBody);
        hash.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hash.AppendData(Encoding.UTF8.GetBytes(oaSecretKey));
        hash.GetHashAndReset(destination);
    }
}
