using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Dialogs.Turns;

namespace Bot.State.Redis;

/// <summary>
/// Turns a kept answer into the sealed bytes stored next to its de-duplication mark, and back.
/// </summary>
/// <remarks>
/// An answer may repeat what a resident sent (the scam check names the links and numbers it found),
/// so it is never stored readable: it is compressed (Brotli; bot texts shrink to about a third) and
/// encrypted with AES-GCM under a key derived from the conversation and the update id. Only the
/// client that sent that update id can ask for it again, and Redis itself holds only the id's
/// 8-byte hash, so neither an operator reading Redis nor a copy of it can read a kept answer. The
/// protection is as strong as the update id is unguessable (the web page sends 128 random bits).
/// </remarks>
internal static class AnswerCodec
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("bot-kept-answer-v1");

    public static byte[] Seal(string conversationTag, string updateId, TurnAnswer answer)
    {
        var stored = new StoredAnswer
        {
            Replies = answer.Replies.Select(r => new StoredReply
            {
                Text = r.Text,
                Buttons = r.Buttons.Count == 0 ? null : r.Buttons.Select(b => new StoredButton { Label = b.Label, Payload = b.Payload, Url = b.Url }).ToList(),
            }).ToList(),
            Flow = answer.FlowId,
            Node = answer.NodeId,
        };
        var plain = Compress(JsonSerializer.SerializeToUtf8Bytes(stored, StoredRecordJson.Default.StoredAnswer));
        var output = new byte[1 + NonceSize + TagSize + plain.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(conversationTag, updateId), TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize));
        return output;
    }

    /// <summary>The answer, or null when the bytes do not open with this key (corrupt, or another format).</summary>
    public static TurnAnswer? TryOpen(string conversationTag, string updateId, ReadOnlySpan<byte> sealedAnswer)
    {
        if (sealedAnswer.Length < 1 + NonceSize + TagSize || sealedAnswer[0] != FormatVersion)
        {
            return null;
        }

        try
        {
            var plain = new byte[sealedAnswer.Length - 1 - NonceSize - TagSize];
            using var aes = new AesGcm(Key(conversationTag, updateId), TagSize);
            aes.Decrypt(sealedAnswer.Slice(1, NonceSize), sealedAnswer[(1 + NonceSize + TagSize)..], sealedAnswer.Slice(1 + NonceSize, TagSize), plain);
            var stored = JsonSerializer.Deserialize(Decompress(plain), StoredRecordJson.Default.StoredAnswer);
            return stored is null
                ? null
                : new TurnAnswer(
                    stored.Replies.Select(r => new Reply(r.Text, r.Buttons?.Select(b => new ReplyButton(b.Label, b.Payload, b.Url)).ToList() ?? [])).ToList(),
                    stored.Flow,
                    stored.Node);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] Key(string conversationTag, string updateId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(updateId), 32, Encoding.UTF8.GetBytes(conversationTag), Info);

    private static byte[] Compress(byte[] json)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest))
        {
            brotli.Write(json);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var input = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
