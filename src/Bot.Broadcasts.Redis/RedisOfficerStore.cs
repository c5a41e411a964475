using Bot.Broadcasts.Officers;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary>Invite codes (hashed, single use, expiring) and officer roles in Redis.</summary>
public sealed class RedisOfficerStore(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time) : IOfficerStore
{
    private const int MaxFailedAttemptsPerHour = 10;

    // Reads and deletes the invite in one step: of two officers racing with one code, exactly one wins.
    private const string TakeScript = """
        local v = redis.call('HMGET', KEYS[1], 'area', 'role', 'expires')
        if not v[1] then
          if redis.call('EXISTS', KEYS[2]) == 1 then return {'used'} end
          return {'unknown'}
        end
        redis.call('DEL', KEYS[1])
        redis.call('SET', KEYS[2], '1', 'EX', 2592000)
        return {'ok', v[1], v[2], v[3]}
        """;

    private IDatabase Db => redis.GetDatabase();

    public async Task<string> CreateInviteAsync(string areaId, OfficerRole role, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var code = InviteCodes.Generate();
        var key = keys.Invite(InviteCodes.Hash(code));
        var expires = time.GetUtcNow() + lifetime;
        await Db.HashSetAsync(key, [
            new("area", areaId), new("role", OfficerRoles.Name(role)), new("expires", expires.ToUnixTimeMilliseconds()),
        ]).ConfigureAwait(false);
        // Redis drops it a day after it expires; the stored expiry decides (so tests can move the clock).
        await Db.KeyExpireAsync(key, lifetime + TimeSpan.FromDays(1)).ConfigureAwait(false);
        return code;
    }

    public async Task<(RedeemStatus Status, Officer? Officer)> RedeemAsync(string code, ConversationKey chat, CancellationToken cancellationToken)
    {
        var attempts = keys.RedeemAttempts(chat);
        if ((long?)await Db.StringGetAsync(attempts).ConfigureAwait(false) >= MaxFailedAttemptsPerHour)
        {
            return (RedeemStatus.TooManyAttempts, null);
        }

        var hash = InviteCodes.Hash(code);
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(TakeScript, [keys.Invite(hash), keys.UsedInvite(hash)]).ConfigureAwait(false))!;
        var status = result[0].ToString();
        if (status != "ok")
        {
            await Db.StringIncrementAsync(attempts).ConfigureAwait(false);
            await Db.KeyExpireAsync(attempts, TimeSpan.FromHours(1), ExpireWhen.HasNoExpiry).ConfigureAwait(false);
            return (status == "used" ? RedeemStatus.AlreadyUsed : RedeemStatus.Unknown, null);
        }

        var now = time.GetUtcNow();
        if (DateTimeOffset.FromUnixTimeMilliseconds((long)result[3]) <= now)
        {
            return (RedeemStatus.Expired, null);
        }

        OfficerRoles.TryParse(result[2].ToString(), out var role);
        var officer = new Officer(Officer.ChatIdentity(chat), OfficerRoles.Name(role), result[1].ToString(), chat, Since: now);
        await Db.HashSetAsync(keys.Officer(officer.Id), [
            new("role", officer.Role), new("area", officer.AreaId), new("since", now.ToUnixTimeMilliseconds()),
        ]).ConfigureAwait(false);
        await Db.SetAddAsync(keys.Officers, officer.Id).ConfigureAwait(false);
        return (RedeemStatus.Bound, officer);
    }

    public Task<Officer?> GetAsync(ConversationKey chat, CancellationToken cancellationToken) => ReadAsync(Officer.ChatIdentity(chat));

    public async Task<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken)
    {
        var officers = new List<Officer>();
        foreach (var identity in await Db.SetMembersAsync(keys.Officers).ConfigureAwait(false))
        {
            if (await ReadAsync(identity.ToString()).ConfigureAwait(false) is { } officer)
            {
                officers.Add(officer);
            }
        }

        return officers.OrderBy(o => o.AreaId, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> RevokeAsync(string identity, CancellationToken cancellationToken)
    {
        var removed = await Db.KeyDeleteAsync(keys.Officer(identity)).ConfigureAwait(false);
        await Db.SetRemoveAsync(keys.Officers, identity).ConfigureAwait(false);
        return removed;
    }

    private async Task<Officer?> ReadAsync(string identity)
    {
        var v = await Db.HashGetAsync(keys.Officer(identity), ["role", "area", "since"]).ConfigureAwait(false);
        if (v[0].IsNullOrEmpty || !OfficerRoles.TryParse(v[0].ToString(), out var role))
        {
            return null;
        }

        return new Officer(identity, OfficerRoles.Name(role), v[1].ToString(), ChatOf(identity), Since: DateTimeOffset.FromUnixTimeMilliseconds((long)v[2]));
    }

    // The store wrote the identity as "channel:chatId" (Officer.ChatIdentity); the chat id itself may contain ':'.
    private static ConversationKey? ChatOf(string identity) =>
        identity.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            ? new ConversationKey(identity[..colon], identity[(colon + 1)..])
            : null;
}
