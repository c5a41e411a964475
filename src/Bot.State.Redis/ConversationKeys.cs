using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Bot.Dialogs.Turns;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>Builds the Redis keys of one conversation (schema: docs/redis-schema.md).</summary>
/// <remarks>
/// Every key of a conversation carries the same hash tag <c>{c:channel:chatId}</c>, so Redis Cluster
/// puts them in one slot and a Lua script may touch them together.
/// </remarks>
internal sealed class ConversationKeys(string prefix)
{
    /// <summary>The prefix every key starts with.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The record: one string, <c>"&lt;version&gt;|&lt;json&gt;"</c>.</summary>
    public RedisKey Record(ConversationKey key) => Tag(key) + ":r";

    /// <summary>The sorted set of recently processed update ids (member: 8-byte hash, score: expiry in ms).</summary>
    public RedisKey Marks(ConversationKey key) => Tag(key) + ":u";

    /// <summary>The hash of answers kept for replay (field: the mark, value: the sealed answer); web chat only.</summary>
    public RedisKey Answers(ConversationKey key) => Tag(key) + ":a";

    /// <summary>The resident's unreachable mark (<see cref="RedisUnreachableRecipients"/>), deleted by every turn commit.</summary>
    public RedisKey Unreachable(ConversationKey key) => Tag(key) + ":x";

    /// <summary>The record, marks, answers and unreachable keys, in the order the scripts expect them.</summary>
    public RedisKey[] All(ConversationKey key)
    {
        var tag = Tag(key);
        return [tag + ":r", tag + ":u", tag + ":a", tag + ":x"];
    }

    /// <summary>The <c>prefix{c:channel:chatId}</c> part shared by the conversation's keys.</summary>
    public string Tag(ConversationKey key) => Prefix + "{c:" + key.Channel + ":" + key.ChatId + "}";

    /// <summary>
    /// A fixed 8-byte mark for an update id: platform ids can be long (web chat GUIDs), and the
    /// mark only has to tell this conversation's recent updates apart.
    /// </summary>
    public static RedisValue Mark(string? updateId)
    {
        if (updateId is null)
        {
            return RedisValue.EmptyString;
        }

        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, MarkHash(updateId));
        return bytes;
    }

    /// <summary>The 8 bytes of <see cref="Mark"/> as a number.</summary>
    public static ulong MarkHash(string updateId) => XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(updateId));
}
