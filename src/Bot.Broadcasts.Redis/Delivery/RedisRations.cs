using System.Globalization;
using Bot.Broadcasts.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>One rationed message (Zalo promotion) per recipient per local day, shared by every instance; several waiting alerts go out as one digest.</summary>
/// <remarks>
/// An alert that finds today's ration taken waits in the recipient's inbox until the next local day; the next rationed
/// send to that recipient carries every alert in the inbox. Nothing is dropped: a send that fails gives the ration back.
/// </remarks>
public sealed class RedisRations(IConnectionMultiplexer redis, RedisKeys keys, IOptions<BroadcastOptions> options)
{
    private readonly TimeZoneInfo _zone = BroadcastOptions.FindTimeZone(options.Value.TimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>Takes today's ration for <paramref name="alertId"/>: the alert ids to send together, or empty when today's ration was used.</summary>
    public async Task<IReadOnlyList<string>> ClaimAsync(string channel, string chatId, string alertId, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var day = local.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var ttl = (long)(NextDay(now) - now + TimeSpan.FromHours(1)).TotalMilliseconds;
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(DeliveryScripts.ClaimRation,
            [keys.RationInbox(channel, chatId), keys.Ration(channel, chatId, day)], [alertId, ttl]).ConfigureAwait(false))!;
        return result.Select(r => r.ToString()).ToList();
    }

    /// <summary>The send did not happen: frees today's ration and puts <paramref name="alertIds"/> back in the inbox.</summary>
    public Task ReturnAsync(string channel, string chatId, IReadOnlyList<string> alertIds, DateTimeOffset now)
    {
        var day = TimeZoneInfo.ConvertTime(now, _zone).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return redis.GetDatabase().ScriptEvaluateAsync(DeliveryScripts.ReturnRation,
            [keys.RationInbox(channel, chatId), keys.Ration(channel, chatId, day)], [.. alertIds.Select(a => (RedisValue)a)]);
    }

    /// <summary>The start of the next local day: when a recipient whose ration is used may get the next one.</summary>
    public DateTimeOffset NextDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        return new DateTimeOffset(local.Date.AddDays(1), local.Offset).ToUniversalTime();
    }
}
