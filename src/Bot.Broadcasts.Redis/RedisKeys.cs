using Bot.Dialogs.Turns;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary>Every Redis key of the feature, in one place (all start with the configured prefix).</summary>
public sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>Hash of one chat's subscription: area, topics.</summary>
    public RedisKey Subscriber(ConversationKey chat) => $"{Prefix}sub:u:{chat.Channel}:{chat.ChatId}";

    /// <summary>Set of chat ids on a channel subscribed to an area and topic (streamed with SSCAN).</summary>
    public RedisKey Audience(string channel, string areaId, string topic) => $"{Prefix}sub:s:{channel}:{areaId}:{topic}";

    /// <summary>Set of chat ids on a channel whose subscription is in English (everyone else reads Vietnamese).</summary>
    public RedisKey English(string channel) => $"{Prefix}sub:en:{channel}";

    public RedisKey Invite(string codeHash) => $"{Prefix}off:inv:{codeHash}";
    public RedisKey UsedInvite(string codeHash) => $"{Prefix}off:used:{codeHash}";
    public RedisKey Officer(string identity) => $"{Prefix}off:o:{identity}";
    public RedisKey Officers => $"{Prefix}off:all";
    public RedisKey RedeemAttempts(ConversationKey chat) => $"{Prefix}off:try:{chat.Channel}:{chat.ChatId}";
    public RedisKey Audit => $"{Prefix}audit";
    public RedisKey Scratch(string name) => $"{Prefix}tmp:{name}";

    public RedisKey Alert(string id) => $"{Prefix}a:{id}";
    public RedisKey AlertCounts(string id) => $"{Prefix}a:{id}:n";
    public RedisKey AlertRecipients(string id) => $"{Prefix}a:{id}:r";

    /// <summary>Sorted set of alerts waiting to be enqueued, scored by due time (unix ms); doubles as a lease.</summary>
    public RedisKey Jobs => $"{Prefix}jobs";

    /// <summary>Sorted set of the latest alerts by creation time (unix ms), bounded, for the dashboard.</summary>
    public RedisKey Recent => $"{Prefix}a:recent";

    /// <summary>Sorted set of one channel's queue entries held for the quiet hours, scored by release time (unix ms).</summary>
    public RedisKey Held(string channel) => $"{Prefix}q:{channel}:held";

    /// <summary>The delivery stream of one channel.</summary>
    public RedisKey Queue(string channel) => $"{Prefix}q:{channel}";

    public RedisKey RateBucket(string channel) => $"{Prefix}rate:{channel}";
    public RedisKey Pause(string channel) => $"{Prefix}pause:{channel}";
    public RedisKey Pace(string channel, string chatId) => $"{Prefix}pace:{channel}:{chatId}";
    public RedisKey ProgressLock(string id) => $"{Prefix}a:{id}:pl";

    /// <summary>Set of alert ids waiting for one recipient's next rationed message (Zalo promotion), sent together as a digest.</summary>
    public RedisKey RationInbox(string channel, string chatId) => $"{Prefix}ri:{channel}:{chatId}";

    /// <summary>Taken when the recipient's one rationed message of local day <paramref name="day"/> (yyyyMMdd) went out; holds the alert ids it carried.</summary>
    public RedisKey Ration(string channel, string chatId, string day) => $"{Prefix}rd:{channel}:{chatId}:{day}";
}
