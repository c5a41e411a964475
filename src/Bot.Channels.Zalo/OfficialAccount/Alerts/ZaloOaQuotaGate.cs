using Bot.Channels.Zalo.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>What this instance knows of the OA's promotion quota: read from Zalo before a run and as it goes, paused on -211.</summary>
/// <remarks>
/// -211 pauses promotion sends for <see cref="ZaloOaAlertOptions.QuotaPause"/>; then the quota is read again: some left (an
/// operator bought more, a new month began, or the refusal was momentary) resumes; a read that says none is left makes
/// the rest "skipped: quota exhausted" in the report rather than waiting for weeks. An unreadable quota never blocks sends.
/// </remarks>
public sealed class ZaloOaQuotaGate(
    ZaloOaApiClient api,
    ZaloOaTokenManager tokens,
    IOptions<ZaloOaAlertOptions> options,
    TimeProvider time,
    ILogger<ZaloOaQuotaGate> logger)
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private long? _remaining;

    /// <summary>Until when promotion sends are paused (in the past when they are not).</summary>
    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_lock)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>The promotion messages left as last read and counted down since; null when unknown. Reads again when due.</summary>
    public async Task<long?> RemainingAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset readAt;
        lock (_lock)
        {
            readAt = _readAt;
        }

        if (time.GetUtcNow() - readAt >= options.Value.QuotaReadInterval)
        {
            await ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (_lock)
        {
            return _remaining;
        }
    }

    /// <summary>Reads the quota from Zalo now (before a run, and for the approver's estimate).</summary>
    public async Task<long?> ReadAsync(CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long? remain = null;
            try
            {
                var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                (_, remain) = await api.GetQuotaAsync(token, ZaloOaMessageTypes.Promotion, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or ZaloTokenException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("Could not read the Zalo OA message quota ({Failure}); sending without a known quota", ex.GetType().Name);
            }

            lock (_lock)
            {
                _remaining = remain;
                _readAt = time.GetUtcNow();
                if (remain > 0)
                {
                    _pausedUntil = DateTimeOffset.MinValue; // quota is back: resume at once
                }

                return _remaining;
            }
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>A promotion message was accepted: one less left.</summary>
    public void Used()
    {
        lock (_lock)
        {
            if (_remaining > 0)
            {
                _remaining--;
            }
        }
    }

    /// <summary>Zalo answered -211: pause promotion sends and read the quota again when the pause ends.</summary>
    public DateTimeOffset OutOfQuota()
    {
        lock (_lock)
        {
            _pausedUntil = time.GetUtcNow() + options.Value.QuotaPause;
            _readAt = _pausedUntil - options.Value.QuotaReadInterval; // the first route after the pause reads again
            _remaining = null;
            return _pausedUntil;
        }
    }
}
