namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>The Lua scripts of the delivery queue; each runs atomically inside Redis.</summary>
/// <remarks>
/// Atomicity is what makes a crash harmless: a recipient is recorded and queued together
/// (<see cref="Enqueue"/>), and marked, counted and acknowledged together (<see cref="Complete"/>).
/// The only window left is between the platform accepting a message and <see cref="Complete"/>:
/// a crash there resends that one message, so duplicates are bounded by the messages in flight.
/// Scripts touch keys built from their arguments, so the feature expects a single Redis (not a cluster).
/// </remarks>
internal static class DeliveryScripts
{
    /// <summary>
    /// KEYS: recipients, counts, stream, English set. ARGV: alert id, channel, chat ids… Returns how many were new.
    /// Each channel's subscribers are counted as 't:&lt;channel&gt;' for the reach report.
    /// Residents who read English get 'l' = 'en' on their entry, so the worker needs no lookup per message.
    /// </summary>
    public const string Enqueue = """
        local n = 0
        for i = 3, #ARGV do
          if redis.call('HSETNX', KEYS[1], ARGV[2] .. ':' .. ARGV[i], 'p') == 1 then
            if redis.call('SISMEMBER', KEYS[4], ARGV[i]) == 1 then
              redis.call('XADD', KEYS[3], '*', 'a', ARGV[1], 'c', ARGV[i], 'l', 'en')
            else
              redis.call('XADD', KEYS[3], '*', 'a', ARGV[1], 'c', ARGV[i])
            end
            n = n + 1
          end
        end
        if n > 0 then
          redis.call('HINCRBY', KEYS[2], 'total', n)
          redis.call('HINCRBY', KEYS[2], 'pending', n)
          redis.call('HINCRBY', KEYS[2], 't:' .. ARGV[2], n)
        end
        return n
        """;

    /// <summary>KEYS: alert, counts. Marks enqueueing finished; returns 1 when that also finished the alert (nobody to send to).</summary>
    public const string FinishEnqueue = """
        redis.call('HSET', KEYS[1], 'enqueued', '1')
        local p = tonumber(redis.call('HGET', KEYS[2], 'pending') or '0')
        if p <= 0 and redis.call('HGET', KEYS[1], 'status') == 'sending' then
          redis.call('HSET', KEYS[1], 'status', 'done')
          return 1
        end
        return 0
        """;

    /// <summary>
    /// KEYS: recipients, pace key. ARGV: field, pace ms. -1 = already handled, 0 = go, n = wait n ms (per-chat pacing).
    /// A recipient is still to be handled while 'p' (pending) or 'w:&lt;reason&gt;' (waiting for a later time).
    /// </summary>
    public const string Prepare = """
        local s = redis.call('HGET', KEYS[1], ARGV[1])
        if s ~= 'p' and (not s or string.sub(s, 1, 2) ~= 'w:') then return -1 end
        if redis.call('SET', KEYS[2], '1', 'PX', ARGV[2], 'NX') then return 0 end
        local ttl = redis.call('PTTL', KEYS[2])
        if ttl < 1 then return 1 end
        return ttl
        """;

    /// <summary>
    /// KEYS: recipients, counts, alert, stream. ARGV: field, status ('' to only drop the entry), entry id ('' when another
    /// alert's delivery completes this one: a digest), group, channel, message type, reason.
    /// Besides the totals, the reach report's counters per channel: 'sent:&lt;ch&gt;', 'via:&lt;ch&gt;:&lt;type&gt;', 'skip:&lt;ch&gt;:&lt;reason&gt;',
    /// 'fail:&lt;ch&gt;'; a waiting recipient leaves 'wait:&lt;ch&gt;:&lt;reason&gt;'.
    /// Returns 2 when this finished the alert, 1 when the recipient changed state, 0 otherwise.
    /// </summary>
    public const string Complete = """
        local changed = 0
        local s = redis.call('HGET', KEYS[1], ARGV[1])
        if ARGV[2] ~= '' and s and (s == 'p' or string.sub(s, 1, 2) == 'w:') then
          if string.sub(s, 1, 2) == 'w:' then redis.call('HINCRBY', KEYS[2], 'wait:' .. ARGV[5] .. ':' .. string.sub(s, 3), -1) end
          redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
          redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
          redis.call('HINCRBY', KEYS[2], 'pending', -1)
          if ARGV[2] == 'sent' then
            redis.call('HINCRBY', KEYS[2], 'sent:' .. ARGV[5], 1)
            redis.call('HINCRBY', KEYS[2], 'via:' .. ARGV[5] .. ':' .. ARGV[6], 1)
          elseif ARGV[2] == 'failed' then
            redis.call('HINCRBY', KEYS[2], 'fail:' .. ARGV[5], 1)
          else
            redis.call('HINCRBY', KEYS[2], 'skip:' .. ARGV[5] .. ':' .. ARGV[7], 1)
          end
          changed = 1
        end
        if ARGV[3] ~= '' then
          redis.call('XACK', KEYS[4], ARGV[4], ARGV[3])
          redis.call('XDEL', KEYS[4], ARGV[3])
        end
        if changed == 1 and tonumber(redis.call('HGET', KEYS[2], 'pending')) <= 0
           and redis.call('HGET', KEYS[3], 'enqueued') == '1' and redis.call('HGET', KEYS[3], 'status') == 'sending' then
          redis.call('HSET', KEYS[3], 'status', 'done')
          return 2
        end
        return changed
        """;

    /// <summary>
    /// KEYS: stream, held set, recipients, counts. ARGV: entry id, group, release ms, alert id, chat id, language ('' or 'en'),
    /// field, reason, channel. The recipient must wait (quiet hours, Zalo's night ban or daily limit, a paused quota): the
    /// entry leaves the stream and waits in the held set, in one step, so a crash neither loses nor doubles it. The recipient
    /// stays pending, marked 'w:&lt;reason&gt;' and counted in 'wait:&lt;channel&gt;:&lt;reason&gt;' for the reach report.
    /// </summary>
    public const string Hold = """
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4] .. '|' .. ARGV[5] .. '|' .. ARGV[6])
        redis.call('XACK', KEYS[1], ARGV[2], ARGV[1])
        redis.call('XDEL', KEYS[1], ARGV[1])
        local s = redis.call('HGET', KEYS[3], ARGV[7])
        if s and (s == 'p' or string.sub(s, 1, 2) == 'w:') and s ~= 'w:' .. ARGV[8] then
          if string.sub(s, 1, 2) == 'w:' then redis.call('HINCRBY', KEYS[4], 'wait:' .. ARGV[9] .. ':' .. string.sub(s, 3), -1) end
          redis.call('HSET', KEYS[3], ARGV[7], 'w:' .. ARGV[8])
          redis.call('HINCRBY', KEYS[4], 'wait:' .. ARGV[9] .. ':' .. ARGV[8], 1)
        end
        return 1
        """;

    /// <summary>
    /// KEYS: the recipient's inbox of alerts waiting for a rationed message, today's ration key. ARGV: alert id, ration ms.
    /// Puts the alert in the inbox; if today's one rationed message is still free, takes it and returns every alert in the
    /// inbox (they go out together, as a digest); otherwise returns nothing and the alert waits in the inbox for tomorrow.
    /// </summary>
    public const string ClaimRation = """
        redis.call('SADD', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], 604800000)
        if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {} end
        local all = redis.call('SMEMBERS', KEYS[1])
        redis.call('DEL', KEYS[1])
        redis.call('SET', KEYS[2], table.concat(all, ','), 'PX', ARGV[2])
        return all
        """;

    /// <summary>KEYS: inbox, ration key. ARGV: alert ids. The rationed send did not happen: free today's ration and put the alerts back.</summary>
    public const string ReturnRation = """
        redis.call('DEL', KEYS[2])
        for i = 1, #ARGV do redis.call('SADD', KEYS[1], ARGV[i]) end
        if #ARGV > 0 then redis.call('PEXPIRE', KEYS[1], 604800000) end
        return 1
        """;

    /// <summary>KEYS: held set, stream. ARGV: now ms, most to move. Puts held entries whose time has come back on the stream.</summary>
    public const string Release = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
        for _, m in ipairs(due) do
          local a, c, l = string.match(m, '^([^|]*)|([^|]*)|(.*)$')
          if l == 'en' then
            redis.call('XADD', KEYS[2], '*', 'a', a, 'c', c, 'l', 'en')
          else
            redis.call('XADD', KEYS[2], '*', 'a', a, 'c', c)
          end
          redis.call('ZREM', KEYS[1], m)
        end
        return #due
        """;

    /// <summary>KEYS: jobs. ARGV: now ms, lease ms. Takes the next due alert and leases it (another instance retries after the lease).</summary>
    public const string ClaimJob = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
        if #due == 0 then return false end
        redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + tonumber(ARGV[2]), due[1])
        return due[1]
        """;

    /// <summary>
    /// KEYS: bucket, pause. ARGV: interval µs, burst µs, tokens wanted. A GCRA token bucket on Redis's clock, shared
    /// by every instance. Returns {granted, 0}, or {0, µs to wait} (also while the channel is paused after a 429).
    /// </summary>
    public const string Acquire = """
        local pause = redis.call('PTTL', KEYS[2])
        if pause > 0 then return {0, pause * 1000} end
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tat < now then tat = now end
        local interval = tonumber(ARGV[1])
        local n = math.floor((now + tonumber(ARGV[2]) - tat) / interval)
        if n > tonumber(ARGV[3]) then n = tonumber(ARGV[3]) end
        if n < 1 then return {0, tat + interval - now - tonumber(ARGV[2])} end
        redis.call('SET', KEYS[1], string.format('%.0f', tat + n * interval), 'PX', 60000)
        return {n, 0}
        """;
}
