using System.Runtime.CompilerServices;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Turns;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary>Subscriptions in Redis: one hash per chat plus one set per (channel, area, topic) for streaming the audience.</summary>
public sealed class RedisSubscriptionStore(IConnectionMultiplexer redis, RedisKeys keys) : ISubscriptionStore
{
    // Moves the chat from its old sets to the new ones atomically, so a broadcast never sees it twice or not at all.
    private const string SetScript = """
        local old = redis.call('HMGET', KEYS[1], 'area', 'topics')
        if old[1] then
          for t in string.gmatch(old[2] or '', '[^,]+') do
            redis.call('SREM', ARGV[1] .. old[1] .. ':' .. t, ARGV[2])
          end
        end
        redis.call('SREM', KEYS[2], ARGV[2])
        if ARGV[3] == '' then
          return redis.call('DEL', KEYS[1])
        end
        for t in string.gmatch(ARGV[4], '[^,]+') do
          redis.call('SADD', ARGV[1] .. ARGV[3] .. ':' .. t, ARGV[2])
        end
        if ARGV[5] == 'en' then redis.call('SADD', KEYS[2], ARGV[2]) end
        redis.call('HSET', KEYS[1], 'area', ARGV[3], 'topics', ARGV[4], 'lang', ARGV[5])
        return 1
        """;

    private IDatabase Db => redis.GetDatabase();

    public async Task<Subscription?> GetAsync(ConversationKey chat, CancellationToken cancellationToken)
    {
        var values = await Db.HashGetAsync(keys.Subscriber(chat), ["area", "topics", "lang"]).ConfigureAwait(false);
        return values[0].IsNullOrEmpty ? null
            : new Subscription(values[0].ToString(), values[1].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries),
                values[2] == "en" ? "en" : "vi");
    }

    public Task SetAsync(ConversationKey chat, Subscription subscription, CancellationToken cancellationToken) =>
        RunAsync(chat, subscription.AreaId, string.Join(',', subscription.Topics), subscription.Locale == "en" ? "en" : "vi");

    public async Task<bool> RemoveAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        (long)await RunAsync(chat, "", "", "").ConfigureAwait(false) == 1;

    public async IAsyncEnumerable<string> ScanAsync(string channel, string areaId, string topic,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // SSCAN pages of 1,000: memory stays flat however large the audience is.
        await foreach (var member in Db.SetScanAsync(keys.Audience(channel, areaId, topic), pageSize: 1_000)
                           .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return member.ToString();
        }
    }

    private Task<RedisResult> RunAsync(ConversationKey chat, string area, string topics, string locale) =>
        Db.ScriptEvaluateAsync(SetScript, [keys.Subscriber(chat), keys.English(chat.Channel)],
            [$"{keys.Prefix}sub:s:{chat.Channel}:", chat.ChatId, area, topics, locale]);
}
