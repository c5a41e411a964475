using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Content.Hosting.Redis;

/// <summary>
/// The content version bus over the Redis every instance already shares: the version in force,
/// the history of published versions, and the files of the last ones, so an instance on another
/// machine can load a version it never saw; announcements by pub/sub, with a periodic check
/// because pub/sub messages sent while an instance is disconnected are lost.
/// </summary>
/// <remarks>
/// Keys (one hash slot, so the publish is one transaction on a cluster too):
/// <c>{prefix}{content}:current</c> (version), <c>{prefix}{content}:published</c> (sorted set,
/// version → publish time), <c>{prefix}{content}:files:{version}</c> (hash, path → bytes).
/// Content is small (tens of kilobytes), so keeping the files of the last versions costs little.
/// </remarks>
public sealed class RedisContentVersionBus : IContentVersionBus
{
    /// <summary>How many versions keep their files in Redis (rollback targets); older ones keep only their name.</summary>
    public const int KeepFiles = 20;

    /// <summary>How many version names the history remembers (to tell a stale restart from a deploy).</summary>
    public const int KeepHistory = 1000;

    private readonly IConnectionMultiplexer _redis;
    private readonly TimeProvider _time;
    private readonly TimeSpan _checkEvery;
    private readonly ILogger _logger;
    private readonly string _prefix;
    private readonly RedisChannel _channel;

    public RedisContentVersionBus(IConnectionMultiplexer redis, string keyPrefix, TimeProvider time, TimeSpan checkEvery, ILogger<RedisContentVersionBus> logger)
    {
        _redis = redis;
        _time = time;
        _checkEvery = checkEvery;
        _logger = logger;
        _prefix = keyPrefix + "{content}:";
        _channel = RedisChannel.Literal(keyPrefix + "content:version");
    }

    private RedisKey Current => _prefix + "current";

    private RedisKey Published => _prefix + "published";

    private RedisKey Files(string version) => _prefix + "files:" + version;

    public async Task PublishAsync(ContentPackage package, CancellationToken cancellationToken = default)
    {
        var db = _redis.GetDatabase();
        var files = package.Files.Select(f => new HashEntry(f.Key, f.Value)).ToArray();
        var transaction = db.CreateTransaction();
        _ = transaction.KeyDeleteAsync(Files(package.Version));
        _ = transaction.HashSetAsync(Files(package.Version), files);
        _ = transaction.SortedSetAddAsync(Published, package.Version, _time.GetUtcNow().ToUnixTimeMilliseconds());
        _ = transaction.StringSetAsync(Current, package.Version);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        await TrimAsync(db).ConfigureAwait(false);
        await _redis.GetSubscriber().PublishAsync(_channel, package.Version).ConfigureAwait(false);
    }

    public async Task<string?> CurrentAsync(CancellationToken cancellationToken = default) =>
        await _redis.GetDatabase().StringGetAsync(Current).ConfigureAwait(false) is { HasValue: true } value ? value.ToString() : null;

    public async Task<bool> WasPublishedAsync(string version, CancellationToken cancellationToken = default) =>
        await _redis.GetDatabase().SortedSetScoreAsync(Published, version).ConfigureAwait(false) is not null;

    public async Task<ContentPackage?> FetchAsync(string version, CancellationToken cancellationToken = default)
    {
        var entries = await _redis.GetDatabase().HashGetAllAsync(Files(version)).ConfigureAwait(false);
        return entries.Length == 0
            ? null
            : new ContentPackage(version, entries.ToDictionary(e => e.Name.ToString(), e => (byte[])e.Value!, StringComparer.Ordinal));
    }

    public async Task<IAsyncDisposable> SubscribeAsync(Func<string, Task> onVersion, CancellationToken cancellationToken = default)
    {
        // Fails fast while Redis is unreachable, before anything is registered (the caller retries).
        await _redis.GetDatabase().PingAsync().ConfigureAwait(false);
        var subscription = new Subscription(this, onVersion);
        var queue = await _redis.GetSubscriber().SubscribeAsync(_channel).ConfigureAwait(false);
        subscription.Start(queue, await CurrentAsync(cancellationToken).ConfigureAwait(false));
        return subscription;
    }

    private async Task TrimAsync(IDatabase db)
    {
        // Newest first: names beyond KeepHistory go, files beyond KeepFiles go.
        var stale = await db.SortedSetRangeByRankAsync(Published, KeepFiles, -1, Order.Descending).ConfigureAwait(false);
        if (stale.Length > 0)
        {
            await db.KeyDeleteAsync(stale.Select(v => Files(v.ToString())).ToArray()).ConfigureAwait(false);
        }

        await db.SortedSetRemoveRangeByRankAsync(Published, 0, -KeepHistory - 1).ConfigureAwait(false);
    }

    /// <summary>One listener: messages and periodic checks are handled one at a time, each version once in a row.</summary>
    private sealed class Subscription(RedisContentVersionBus bus, Func<string, Task> onVersion) : IAsyncDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly CancellationTokenSource _stop = new();
        private ChannelMessageQueue? _queue;
        private Task _checking = Task.CompletedTask;
        private string? _lastSeen;

        public void Start(ChannelMessageQueue queue, string? current)
        {
            _lastSeen = current;
            _queue = queue;
            queue.OnMessage(message => DeliverAsync(message.Message.ToString()));
            _checking = CheckAsync(_stop.Token);
        }

        private async Task CheckAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(bus._checkEvery, bus._time);
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                {
                    try
                    {
                        if (await bus.CurrentAsync(stoppingToken).ConfigureAwait(false) is { } current && current != Volatile.Read(ref _lastSeen))
                        {
                            await DeliverAsync(current).ConfigureAwait(false);
                        }
                    }
                    catch (Exception ex) when (ex is RedisException or TimeoutException)
                    {
                        // RedisTimeoutException is a TimeoutException: without it here one slow answer would end the checks for good.
                        bus._logger.LogDebug(ex, "Content version check skipped: Redis unavailable");
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
        }

        private async Task DeliverAsync(string version)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                Volatile.Write(ref _lastSeen, version);
                await onVersion(version).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                bus._logger.LogWarning(ex, "Following announced content {Version} failed", version);
            }
            finally
            {
                _gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _checking.ConfigureAwait(false);
            if (_queue is not null)
            {
                await _queue.UnsubscribeAsync().ConfigureAwait(false);
            }

            _stop.Dispose();
            _gate.Dispose();
        }
    }
}
