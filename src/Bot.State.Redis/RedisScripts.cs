namespace Bot.State.Redis;

/// <summary>
/// The two Lua scripts a turn runs (one round trip each). Redis runs a script atomically, so the
/// version check, the de-duplication check and the writes cannot interleave with another instance.
/// Time comes from the Redis server (<c>TIME</c>), so instances with skewed clocks agree on expiry.
/// </summary>
/// <remarks>
/// The record is one string, <c>"&lt;version&gt;|&lt;json&gt;"</c>: a string costs about 260 bytes per
/// idle conversation where a hash holding the same JSON costs over 420 (values above 64 bytes leave
/// the compact listpack encoding). A value whose prefix does not parse counts as version 0, in both
/// scripts alike, so the next commit replaces it.
/// </remarks>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS: record, marks. ARGV: mark ("" when the update has no id).
    /// Returns {version, json or nil, seen (0/1), unreadable (0/1)}.
    /// A key of the wrong type (written by something else) reads as unreadable version 0, so the
    /// next commit replaces it instead of failing every turn. <c>pcall</c> catches the WRONGTYPE
    /// error only then, so the common path costs two calls and no <c>TYPE</c> checks.
    /// </summary>
    public const string Load = """
        local version, data, bad = 0, false, 0
        local ok, raw = pcall(redis.call, 'GET', KEYS[1])
        if not ok then
          bad = 1
        elseif raw then
          local sep = string.find(raw, '|', 1, true)
          version = sep and tonumber(string.sub(raw, 1, sep - 1)) or 0
          if version == 0 then bad = 1 else data = string.sub(raw, sep + 1) end
        end
        local seen = 0
        if ARGV[1] ~= '' then
          local found, score = pcall(redis.call, 'ZSCORE', KEYS[2], ARGV[1])
          if found and score then
            local t = redis.call('TIME')
            if tonumber(score) > t[1] * 1000 + math.floor(t[2] / 1000) then seen = 1 end
          end
        end
        return {version, data, seen, bad}
        """;

    /// <summary>
    /// KEYS: record, marks. ARGV: expected version, mark (""), conversation TTL ms, dedupe window ms,
    /// json (absent = erase the conversation). Returns 0 committed, 1 version conflict, 2 duplicate.
    /// Nothing is written unless every check passed. At most the newest 100 marks are kept (a flood
    /// of messages cannot grow the set without bound, and 100 keeps Redis's compact encoding); scores
    /// are kept strictly increasing so "newest" is exact even for several updates in one millisecond.
    /// </summary>
    public const string Commit = """
        local t = redis.call('TIME')
        local now = t[1] * 1000 + math.floor(t[2] / 1000)
        local marks_ok = true
        if ARGV[2] ~= '' then
          local found, score = pcall(redis.call, 'ZSCORE', KEYS[2], ARGV[2])
          marks_ok = found
          if found and score and tonumber(score) > now then return 2 end
        end
        local version = 0
        local ok, head = pcall(redis.call, 'GETRANGE', KEYS[1], 0, 20)
        if ok then
          local sep = string.find(head, '|', 1, true)
          version = sep and tonumber(string.sub(head, 1, sep - 1)) or 0
        end
        if version ~= tonumber(ARGV[1]) then return 1 end
        if ARGV[5] then
          redis.call('SET', KEYS[1], string.format('%d|', version + 1) .. ARGV[5], 'PX', ARGV[3])
        else
          redis.call('DEL', KEYS[1], KEYS[2])
          marks_ok = true
        end
        if ARGV[2] ~= '' then
          if not marks_ok then redis.call('DEL', KEYS[2]) end
          redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
          local expires = now + tonumber(ARGV[4])
          local newest = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')[2]
          if newest and tonumber(newest) >= expires then expires = tonumber(newest) + 1 end
          redis.call('ZADD', KEYS[2], expires, ARGV[2])
          redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -101)
          redis.call('PEXPIRE', KEYS[2], ARGV[4])
        end
        return 0
        """;
}
