using System.Security.Cryptography;
using System.Text;
using Bot.Channels.Zalo.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Hands out the OA access token and refreshes it ahead of expiry or when Zalo rejects it.</summary>
/// <remarks>
/// Zalo's refresh token is single-use and rotated on every refresh, so a refresh is a small
/// transaction: one refresher at a time (a semaphore here, the store's lease across instances),
/// re-read the store under the lease (someone may have refreshed already), call Zalo, save the new
/// pair durably, and only then use the new access token. If saving fails the new pair is kept aside
/// and saved before anything else next time; it is never used unsaved.
/// </remarks>
public sealed class ZaloOaTokenManager(
    IZaloTokenStore store,
    ZaloOaApiClient api,
    IOptions<ZaloOaOptions> options,
    TimeProvider time,
    ILogger<ZaloOaTokenManager> logger)
{
    private readonly ZaloOaOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ZaloTokens? _current;
    private ZaloTokens? _unsaved;

    /// <summary>The last refresh failure meant for operators (null when the last refresh worked).</summary>
    public string? LastError { get; private set; }

    /// <summary>A usable access token, refreshed first when it is due.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = Volatile.Read(ref _current) ?? await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (IsDue(tokens))
        {
            tokens = await RefreshAsync(tokens.AccessToken, cancellationToken).ConfigureAwait(false);
        }

        return tokens.AccessToken;
    }

    /// <summary>Refreshes because Zalo rejected <paramref name="rejectedAccessToken"/> (-216/-220); returns the new token.</summary>
    public async Task<string> RefreshAfterRejectionAsync(string rejectedAccessToken, CancellationToken cancellationToken) =>
        (await RefreshAsync(rejectedAccessToken, cancellationToken).ConfigureAwait(false)).AccessToken;

    private async Task<ZaloTokens> RefreshAsync(string staleAccessToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SaveUnsavedAsync(cancellationToken).ConfigureAwait(false);
            var deadline = time.GetUtcNow() + _options.RefreshWait;
            while (true)
            {
                var stored = await LoadAsync(cancellationToken).ConfigureAwait(false);
                if (IsFresh(stored, staleAccessToken))
                {
                    return stored; // refreshed meanwhile by another caller or instance
                }

                await using var lease = await store.TryAcquireRefreshLeaseAsync(_options.RefreshLeaseDuration, cancellationToken).ConfigureAwait(false);
                if (lease is not null)
                {
                    stored = await LoadAsync(cancellationToken).ConfigureAwait(false);
                    return IsFresh(stored, staleAccessToken) ? stored : await RefreshUnderLeaseAsync(stored, cancellationToken).ConfigureAwait(false);
                }

                if (time.GetUtcNow() > deadline)
                {
                    throw new ZaloTokenException(
                        $"Another instance has held the Zalo OA refresh lease for over {_options.RefreshWait.TotalSeconds:0} s. " +
                        "If no other instance is running, the lease expires after Zalo:OA:RefreshLeaseDuration.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ZaloTokens> RefreshUnderLeaseAsync(ZaloTokens stored, CancellationToken cancellationToken)
    {
        ZaloTokenGrant grant;
        try
        {
            grant = await api.RefreshAsync(stored.RefreshToken, cancellationToken).ConfigureAwait(false);
        }
        catch (ZaloTokenException ex)
        {
            LastError = ex.Message;
            logger.LogError("Zalo OA token refresh failed: {Reason}", ex.Message);
            throw;
        }

        var now = time.GetUtcNow();
        var next = new ZaloTokens(grant.AccessToken, grant.RefreshToken, RefreshAt(now, grant.ExpiresIn), stored.SeedFingerprint, now);
        _unsaved = next;
        await SaveUnsavedAsync(cancellationToken).ConfigureAwait(false);
        LastError = null;
        logger.LogInformation("Zalo OA access token refreshed; the rotated refresh token is saved; next refresh at {RefreshAt:O}", next.RefreshAt);
        return next;
    }

    /// <summary>Saves a rotated pair that could not be saved before; until it is saved it is not used.</summary>
    private async Task SaveUnsavedAsync(CancellationToken cancellationToken)
    {
        if (_unsaved is not { } pending)
        {
            return;
        }

        try
        {
            await store.SaveAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LastError = "The rotated Zalo OA refresh token could not be saved; check that the token store is writable.";
            logger.LogCritical(ex, "Saving the rotated Zalo OA refresh token failed; it is kept in memory and saved before use");
            throw new ZaloTokenException(LastError, ex);
        }

        _unsaved = null;
        Volatile.Write(ref _current, pending);
    }

    /// <summary>The stored tokens, or the configured ones when the store is empty or holds an older authorization.</summary>
    private async Task<ZaloTokens> LoadAsync(CancellationToken cancellationToken)
    {
        var seed = Fingerprint(_options.RefreshToken);
        var stored = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.SeedFingerprint != seed)
        {
            if (stored is not null)
            {
                logger.LogInformation("Zalo:OA:RefreshToken changed since the stored tokens were issued; starting from the configured tokens");
            }

            var hasAccess = !string.IsNullOrWhiteSpace(_options.AccessToken);
            stored = new ZaloTokens(
                hasAccess ? _options.AccessToken.Trim() : "",
                _options.RefreshToken.Trim(),
                hasAccess ? null : DateTimeOffset.MinValue,
                seed,
                time.GetUtcNow());
            await store.SaveAsync(stored, cancellationToken).ConfigureAwait(false);
        }

        Volatile.Write(ref _current, stored);
        return stored;
    }

    private bool IsDue(ZaloTokens tokens) =>
        tokens.AccessToken.Length == 0 || (tokens.RefreshAt is { } at && time.GetUtcNow() >= at);

    private bool IsFresh(ZaloTokens tokens, string staleAccessToken) =>
        tokens.AccessToken != staleAccessToken && !IsDue(tokens);

    /// <summary>Refresh <see cref="ZaloOaOptions.RefreshBeforeExpiry"/> early, but never later than half-way for short-lived tokens.</summary>
    private DateTimeOffset? RefreshAt(DateTimeOffset now, TimeSpan? lifetime)
    {
        if (lifetime is not { } life)
        {
            return null;
        }

        var early = life - _options.RefreshBeforeExpiry;
        return now + (early > life / 2 ? early : life / 2);
    }

    internal static string Fingerprint(string refreshToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("zalo-oa-seed:" + refreshToken.Trim())))[..32];
}
