using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bot.Channels.Zalo.Tokens;

/// <summary>Encrypts stored tokens (AES-GCM, key derived from the OA app secret) so a copied file or key reveals nothing.</summary>
/// <remarks>
/// Deriving the key from <c>Zalo:OA:AppSecret</c> needs no extra setting: whoever can decrypt the
/// tokens already holds the secret that can mint new ones. Changing the app secret makes the stored
/// tokens unreadable, which is right: a new secret means a new authorization.
/// </remarks>
public sealed class ZaloTokenProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public ZaloTokenProtector(string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(appSecret), 32,
            Encoding.UTF8.GetBytes("Bot.Channels.Zalo"), Encoding.UTF8.GetBytes("oa-token-store-v1"));
    }

    /// <summary>The tokens as an opaque base64 string.</summary>
    public string Protect(ZaloTokens tokens)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(tokens, ZaloTokenJson.Default.ZaloTokens);
        var output = new byte[1 + NonceSize + TagSize + plain.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize));
        CryptographicOperations.ZeroMemory(plain);
        return Convert.ToBase64String(output);
    }

    /// <summary>The tokens from <see cref="Protect"/>'s output.</summary>
    /// <exception cref="ZaloTokenException">Corrupt, or written with another app secret.</exception>
    public ZaloTokens Unprotect(string protectedText)
    {
        try
        {
            var input = Convert.FromBase64String(protectedText.Trim());
            if (input.Length < 1 + NonceSize + TagSize || input[0] != FormatVersion)
            {
                throw new FormatException("unknown format");
            }

            var plain = new byte[input.Length - 1 - NonceSize - TagSize];
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(input.AsSpan(1, NonceSize), input.AsSpan(1 + NonceSize + TagSize), input.AsSpan(1 + NonceSize, TagSize), plain);
            return JsonSerializer.Deserialize(plain, ZaloTokenJson.Default.ZaloTokens)
                   ?? throw new FormatException("empty");
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or JsonException)
        {
            throw new ZaloTokenException(
                "The stored Zalo OA tokens cannot be read (corrupt, or Zalo:OA:AppSecret changed). " +
                "Delete the token store entry, authorize the OA again and set Zalo:OA:RefreshToken.", ex);
        }
    }
}
