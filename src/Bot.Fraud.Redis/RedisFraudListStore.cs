using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Fraud.Redis;

/// <summary>
/// Officers' additions in Redis, shared by every instance: each keeps a local snapshot (read on every
/// check without a round trip) and reloads it when told an entry was added.
/// </summary>
/// <remarks>
/// An addition is one Lua script: SADD, and only when new, INCR of a version and PUBLISH of it.
/// Instances reload on the pub/sub message within milliseconds; because pub/sub is at-most-once
/// (a reconnect can lose a message), each also polls the version every <see cref="PollInterval"/>.
/// The lists.yaml entries are always included; Redis only adds to them. While Redis is down the
/// last snapshot stays in force.
/// </remarks>
public sealed class RedisFraudListStore : IFraudListStore, IDisposable
{
    private const string AddScript = """
        if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
          local version = redis.call('INCR', KEYS[2])
          redis.call('PUBLISH', ARGV[2], version)
          return 1
        end
        return 0
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly FraudRedisKeys _keys;
    private readonly ILogger _logger;
    private readonly FraudListSnapshot _base;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly Timer _poll;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _subscribing;
    private FraudListSnapshot _current;
    private long _version = -1;

    public RedisFraudListStore(IConnectionMultiplexer redis, FraudContent content, FraudRedisKeys keys, ILogger<RedisFraudListStore> logger, TimeSpan? pollInterval = null)
    {
        _redis = redis;
        _keys = keys;
        _logger = logger;
        _base = _current = FraudListEditor.BaseSnapshot(content.Lists);
        PollInterval = pollInterval ?? TimeSpan.FromSeconds(5);
        LoadAtStart();
        _poll = new Timer(_ => _ = PollAsync(), null, PollInterval, PollInterval);

        // In the background: Redis may come up after the host (a reboot), and a missing Redis must never stop the start.
        _subscribing = SubscribeAsync(_stop.Token);
    }

    /// <summary>How often the version is checked in case a change notice was lost.</summary>
    public TimeSpan PollInterval { get; }

    public FraudListSnapshot Current => Volatile.Read(ref _current);

    public async ValueTask<bool> AddDomainAsync(string host, CancellationToken cancellationToken = default)
    {
        var added = await AddAsync(_keys.Domains, host).ConfigureAwait(false);
        if (added)
        {
            Merge(s => s.WithDomain(host)); // this instance sees it at once, before its own notice arrives
        }

        return added;
    }

    public async ValueTask<bool> AddPhoneHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        var added = await AddAsync(_keys.PhoneHashes, hash).ConfigureAwait(false);
        if (added)
        {
            Merge(s => s.WithPhoneHash(hash));
        }

        return added;
    }

    /// <summary>Reloads both sets from Redis (on a change notice, a version change, or at start).</summary>
    public async Task RefreshAsync()
    {
        await _refreshGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var db = _redis.GetDatabase();
            var version = await db.StringGetAsync(_keys.ListsVersion).ConfigureAwait(false);
            var domains = await db.SetMembersAsync(_keys.Domains).ConfigureAwait(false);
            var phones = await db.SetMembersAsync(_keys.PhoneHashes).ConfigureAwait(false);
            Volatile.Write(ref _current, Combine(domains, phones));
            _version = version.IsNull ? 0 : (long)version;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning(ex, "Reported lists not refreshed from Redis; the last lists stay in force");
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>True once change notices are subscribed (at start, or as soon as Redis answered).</summary>
    public bool Subscribed { get; private set; }

    public void Dispose()
    {
        _stop.Cancel();
        _subscribing.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
        _poll.Dispose();
        try
        {
            _redis.GetSubscriber().Unsubscribe(_keys.ListsChanged);
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            // the connection is already gone: nothing left to unsubscribe
        }
    }

    /// <summary>Subscribes to change notices, retrying with growing waits until Redis answers; then catches up once.</summary>
    private async Task SubscribeAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        for (var attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                // PING first: it fails fast while Redis is away, before a subscription is registered.
                await _redis.GetDatabase().PingAsync().ConfigureAwait(false);
                await _redis.GetSubscriber().SubscribeAsync(_keys.ListsChanged, (_, _) => _ = RefreshAsync()).ConfigureAwait(false);
                Subscribed = true;
                await RefreshAsync().ConfigureAwait(false); // additions made while this instance could not listen
                if (attempt > 1)
                {
                    _logger.LogInformation("Reported lists: listening for other instances' additions again (after {Attempts} attempts)", attempt);
                }

                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                if (attempt == 1)
                {
                    _logger.LogWarning(ex, "Reported lists: Redis does not answer yet; using lists.yaml and the last known additions, and trying again in the background");
                }
            }

            try
            {
                await Task.Delay(delay, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        }
    }

    private async Task<bool> AddAsync(RedisKey set, string value) =>
        (long)await _redis.GetDatabase().ScriptEvaluateAsync(AddScript, [set, _keys.ListsVersion],
            [value, _keys.ListsChanged.ToString()]).ConfigureAwait(false) == 1;

    private void LoadAtStart()
    {
        if (!_redis.IsConnected)
        {
            // Not reachable now: do not hold up the start; the background subscription loads the lists once it is.
            _logger.LogWarning("Reported lists not loaded from Redis at start (not connected); using lists.yaml until Redis answers");
            return;
        }

        try
        {
            // Synchronous once at start, so the first check already sees every instance's additions.
            var db = _redis.GetDatabase();
            var version = db.StringGet(_keys.ListsVersion);
            _current = Combine(db.SetMembers(_keys.Domains), db.SetMembers(_keys.PhoneHashes));
            _version = version.IsNull ? 0 : (long)version;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning(ex, "Reported lists not loaded from Redis at start; using lists.yaml until Redis answers");
        }
    }

    private async Task PollAsync()
    {
        try
        {
            var version = await _redis.GetDatabase().StringGetAsync(_keys.ListsVersion).ConfigureAwait(false);
            if ((version.IsNull ? 0 : (long)version) != _version)
            {
                await RefreshAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "Reported-lists version poll failed; retrying at the next interval");
        }
    }

    private FraudListSnapshot Combine(RedisValue[] domains, RedisValue[] phoneHashes) =>
        new(_base.Domains.Concat(domains.Select(d => d.ToString())), _base.PhoneHashes.Concat(phoneHashes.Select(p => p.ToString())));

    private void Merge(Func<FraudListSnapshot, FraudListSnapshot> change)
    {
        for (var seen = Volatile.Read(ref _current); ;)
        {
            var next = change(seen);
            var actual = Interlocked.CompareExchange(ref _current, next, seen);
            if (ReferenceEquals(actual, seen))
            {
                return;
            }

            seen = actual;
        }
    }
}
