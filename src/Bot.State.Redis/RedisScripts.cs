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
/// scripts alike, so the next commit replaces it. De-duplication is by time only: a mark lives until
/// its score (expiry) passes, however many updates come after it (docs/redis-schema.md has the bound).
/// </remarks>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS: record, marks, answers, unreachable (unused). ARGV: mark ("" when the update has no id).
    /// Returns {version, json or false, seen (0/1), unreadable (0/1), sealed answer or false}.
    /// A key of the wrong type (written by something else) reads as unreadable version 0, so the
    /// next commit replaces it instead of failing every turn. <c>pcall</c> catches the WRONGTYPE
    /// error only then, so the common path costs two calls and no <c>TYPE</c> checks; the answers
    /// hash is read only for an update seen before (a retry).
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
        local seen, answer = 0, false
        if ARGV[1] ~= '' then
          local found, score = pcall(redis.call, 'ZSCORE', KEYS[2], ARGV[1])
          if found and score then
            local t = redis.call('TIME')
            if tonumber(score) > t[1] * 1000 + math.floor(t[2] / 1000) then
              seen = 1
              local got, kept = pcall(redis.call, 'HGET', KEYS[3], ARGV[1])
              if got and kept then answer = kept end
            end
          end
        end
        return {version, data, seen, bad, answer}
        """;

    /// <summary>
    /// KEYS: record, marks, answers, unreachable mark. ARGV: expected version, mark (""), conversation
    /// TTL ms, dedupe window ms, json ("" = erase the conversation), sealed answer ("" = none kept).
    /// Returns {0, new version} committed, {1, stored value or false} version conflict (the current
    /// record comes back, so the turn runs again without a load round trip), {2} duplicate. Nothing is
    /// written unless every check passed. A new conversation's first version is the server time in
    /// ms, not 1, so versions never repeat for a key: a record erased and written again cannot be
    /// mistaken for an instance's cached copy of the old one (<see cref="RecentConversations"/>). A committed turn means the resident wrote, so their unreachable mark goes with it. Marks whose time is up are pruned (with their kept answers) on each commit; the mark
    /// set and the answers hash expire one window after the conversation's last commit.
    /// </summary>
    public const string Commit = """
        local t = redis.call('TIME')
        local now = t[1] * 1000 + math.floor(t[2] / 1000)
        local mark = ARGV[2]
        local marks_ok = true
        if mark ~= '' then
          local found, score = pcall(redis.call, 'ZSCORE', KEYS[2], mark)
          marks_ok = found
          if found and score and tonumber(score) > now then return {2} end
        end
        local version = 0
        local ok, head = pcall(redis.call, 'GETRANGE', KEYS[1], 0, 20)
        if ok then
          local sep = string.find(head, '|', 1, true)
          version = sep and tonumber(string.sub(head, 1, sep - 1)) or 0
        end
        if version ~= tonumber(ARGV[1]) then
          local got, raw = pcall(redis.call, 'GET', KEYS[1])
          return {1, got and raw or false}
        end
        local written = version + 1
        if version == 0 then written = now end
        if ARGV[5] ~= '' then
          redis.call('SET', KEYS[1], string.format('%d|', written) .. ARGV[5], 'PX', ARGV[3])
          redis.call('DEL', KEYS[4])
        else
          redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
          marks_ok = true
          written = 0
        end
        if mark ~= '' then
          if not marks_ok then redis.call('DEL', KEYS[2], KEYS[3]) end
          local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)
          if #expired > 0 then
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
            for i = 1, #expired, 500 do
              pcall(redis.call, 'HDEL', KEYS[3], unpack(expired, i, math.min(i + 499, #expired)))
            end
          end
          redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), mark)
          redis.call('PEXPIRE', KEYS[2], ARGV[4])
          if ARGV[6] ~= '' then
            if not pcall(redis.call, 'HSET', KEYS[3], mark, ARGV[6]) then
              redis.call('DEL', KEYS[3])
              redis.call('HSET', KEYS[3], mark, ARGV[6])
            end
            redis.call('PEXPIRE', KEYS[3], ARGV[4])
          end
        end
        return {0, written}
        """;
}
