using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>Durable conversation state in Redis (single node or Cluster); schema in docs/redis-schema.md.</summary>
/// <remarks>
/// One round trip to load (record, version, "was this update already processed?" and, for a retry,
/// the answer kept for it) and one to commit (de-duplication check, version check, mark, record with
/// sliding expiry — or erase — and the answer to keep, sealed by <see cref="AnswerCodec"/>), each a
/// Lua script Redis runs atomically. A conversation this instance committed recently is served from
/// <see cref="RecentConversations"/> instead of the load, so its turn is the commit alone; a copy that
/// another instance has moved on loses the commit, which returns the current record for the re-run.
/// Network failures surface as <see cref="StoreUnavailableException"/> so channels answer "try again
/// later" and the platform redelivers; nothing is half-written.
/// </remarks>
public sealed class RedisConversationStore : IConversationStore
{
    private readonly IConnectionMultiplexer _redis;
    private readonly ConversationKeys _keys;
    private readonly RedisValue _ttlMs;
    private readonly RedisValue _windowMs;
    private readonly ILogger _logger;
    private readonly RecentConversations _recent;

    public RedisConversationStore(IConnectionMultiplexer redis, RedisStateOptions options, ILogger<RedisConversationStore>? logger = null)
    {
        _redis = redis;
        _keys = new ConversationKeys(options.KeyPrefix);
        _ttlMs = (long)options.ConversationTtl.TotalMilliseconds;
        _windowMs = (long)options.DeduplicationWindow.TotalMilliseconds;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _recent = new RecentConversations(options.RecentConversations);
    }

    /// <summary>How many conversations are served from memory now (at most <see cref="RedisStateOptions.RecentConversations"/>).</summary>
    public int CachedConversations => _recent.Count;

    public string Name => "redis";

    public bool IsDurable => true;

    public async ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken)
    {
        // Only a turn's load (it has an update id, and its commit checks the version and the mark) may
        // come from memory; a plain read (tools, tests, an update without id) always asks Redis.
        if (updateId is not null && _recent.TryGet(key, ConversationKeys.MarkHash(updateId), out var cached, out var cachedVersion))
        {
            return new ConversationSnapshot(cached, cachedVersion, false);
        }

        var result = await RunAsync("load", RedisScripts.Load, _keys.All(key), [ConversationKeys.Mark(updateId)], cancellationToken)
            .ConfigureAwait(false);
        var parts = (RedisResult[])result!;
        var version = (long)parts[0];
        var seen = (long)parts[2] == 1;
        var unreadable = (long)parts[3] == 1;
        var answer = seen && updateId is not null && !parts[4].IsNull ? AnswerCodec.TryOpen(key.ToString(), updateId, (byte[])parts[4]!) : null;
        if (!unreadable && !parts[1].IsNull)
        {
            var record = RecordCodec.TryDecode((byte[])parts[1]!);
            if (record is not null)
            {
                return new ConversationSnapshot(record, version, seen, Answer: answer);
            }

            unreadable = true;
        }

        if (unreadable)
        {
            // The pipeline tells the resident and starts again; the next commit overwrites the record.
            _logger.LogWarning("Conversation record on channel {Channel} (version {Version}) is not readable by this version; it will be replaced", key.Channel, version);
            return new ConversationSnapshot(null, version, seen, Unreadable: true, Answer: answer);
        }

        return new ConversationSnapshot(null, 0, seen, Answer: answer);
    }

    public ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        CancellationToken cancellationToken) =>
        CommitAsync(key, record, expectedVersion, updateId, answer: null, cancellationToken);

    public async ValueTask<CommitOutcome> CommitAsync(
        ConversationKey key,
        ConversationRecord? record,
        long expectedVersion,
        string? updateId,
        TurnAnswer? answer,
        CancellationToken cancellationToken)
    {
        RedisValue[] args =
        [
            expectedVersion,
            ConversationKeys.Mark(updateId),
            _ttlMs,
            _windowMs,
            record is null ? RedisValue.EmptyString : RecordCodec.Encode(record),
            answer is null || updateId is null ? RedisValue.EmptyString : AnswerCodec.Seal(key.ToString(), updateId, answer),
        ];
        RedisResult[] parts;
        try
        {
            parts = (RedisResult[])(await RunAsync("commit", RedisScripts.Commit, _keys.All(key), args, cancellationToken).ConfigureAwait(false))!;
        }
        catch
        {
            _recent.Remove(key); // written or not, Redis knows: the next turn loads
            throw;
        }

        switch ((long)parts[0])
        {
            case 0:
                if (record is null)
                {
                    _recent.Remove(key);
                }
                else
                {
                    _recent.Put(key, record, (long)parts[1], updateId is null ? null : ConversationKeys.MarkHash(updateId));
                }

                return CommitOutcome.Committed;
            case 1:
                // Another instance moved the conversation on: keep what it wrote, so the re-run needs no load.
                if (parts[1].IsNull || TryParse((byte[])parts[1]!) is not { } current)
                {
                    _recent.Remove(key);
                }
                else
                {
                    _recent.Put(key, current.Record, current.Version, mark: null);
                }

                return CommitOutcome.VersionConflict;
            case 2:
                _recent.Remove(key); // a retry: the next load brings the kept answer
                return CommitOutcome.Duplicate;
            default:
                throw new InvalidOperationException($"The commit script returned {parts[0]}; the script and this code are out of step.");
        }
    }

    /// <summary>A stored <c>"&lt;version&gt;|&lt;json&gt;"</c> value, or null when it is not one this version reads (the load tells the resident).</summary>
    private static (long Version, ConversationRecord Record)? TryParse(byte[] stored)
    {
        var separator = Array.IndexOf(stored, (byte)'|');
        if (separator <= 0
            || !long.TryParse(stored.AsSpan(0, separator), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            || version == 0)
        {
            return null;
        }

        return RecordCodec.TryDecode(stored.AsSpan(separator + 1)) is { } record ? (version, record) : null;
    }

    private async Task<RedisResult> RunAsync(string operation, string script, RedisKey[] keys, RedisValue[] args, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _redis.GetDatabase().ScriptEvaluateAsync(script, keys, args).WaitAsync(cancellationToken).ConfigureAwait(false);
            BotMetrics.RecordRedisRoundTrip(operation);
            return result;
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or RedisServerException)
        {
            // A server error (LOADING, CLUSTERDOWN, MASTERDOWN, READONLY during failover) is as
            // transient as a dropped connection; the scripts write nothing before their checks pass.
            BotMetrics.RecordRedisError(operation);
            throw new StoreUnavailableException($"Redis cannot be reached ({ex.GetType().Name}); nothing was written.", ex);
        }
        catch (RedisException)
        {
            BotMetrics.RecordRedisError(operation); // counted, but not transient: the caller sees the real error
            throw;
        }
    }
}
