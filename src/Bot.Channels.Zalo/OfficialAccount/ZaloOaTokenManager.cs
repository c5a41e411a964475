using System.Security.Cryptography;
using System.Text;
using Bot.Channels.Zalo.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Hands out the OA access token and refreshes it ahead of expiry or when Zalo rejects it.</summary>
/// <remarks>
/// Zalo's refresh token is single-use and rotated on every refresh, so a refresh is a small
/// transaction: one refresher at a time (a semaphore here, the store's lease across instances),
/// re-read the store under the lease (another instance may have refreshed already: then its pair
/// is used, and the now-dead refresh token is never sent), call Zalo, save the new pair durably,
/// and only then use the new access token. If saving fails the new pair is kept aside and saved
/// before anything else next time; it is never used unsaved. Writing the configured tokens into an
/// empty store also happens under the lease, so it cannot overwrite a pair another instance has
/// just rotated.
/// </remarks>
public sealed class ZaloOaTokenManager(
    IZaloTokenStore store,
    ZaloOaApiClient api,
    IOptions<ZaloOaOptions> options,
    [FromKeyedServices(ZaloChannels.OfficialAccount)] ZaloApiStatus status,
    TimeProvider time,
    ILogger<ZaloOaTokenManager> logger)
{
    private const string RefreshOperation = "token refresh";
    private const string StoreOperation = "token store";
    private readonly ZaloOaOptions _options = options.Value;
    private readonly string _seed = Fingerprint(options.Value.RefreshToken);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ZaloTokens? _current;
    private ZaloTokens? _unsaved;
    private bool _lineageChangeLogged;

    /// <summary>A usable access token, refreshed first when it is due.</summary>
    /// <exception cref="ZaloTokenException">No usable token (see <see cref="ZaloTokenException.IsTransient"/>).</exception>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = Volatile.Read(ref _current) ?? await CoordinateAsync(_ => true, cancellationToken).ConfigureAwait(false);
        if (IsDue(tokens))
        {
            var due = tokens.AccessToken;
            tokens = await CoordinateAsync(t => IsFresh(t, due), cancellationToken).ConfigureAwait(false);
        }

        return tokens.AccessToken;
    }

    /// <summary>Refreshes because Zalo rejected <paramref name="rejectedAccessToken"/> (-216/-220); returns the new token.</summary>
    public async Task<string> RefreshAfterRejectionAsync(string rejectedAccessToken, CancellationToken cancellationToken) =>
        (await CoordinateAsync(t => IsFresh(t, rejectedAccessToken), cancellationToken).ConfigureAwait(false)).AccessToken;

    /// <summary>
    /// Returns the stored pair once it is <paramref name="good"/>; otherwise takes the lease (waiting
    /// while another instance holds it, then reading what that instance saved) and refreshes.
    /// </summary>
    private async Task<ZaloTokens> CoordinateAsync(Func<ZaloTokens, bool> good, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SaveUnsavedAsync(cancellationToken).ConfigureAwait(false);
            var deadline = time.GetUtcNow() + _options.RefreshWait;
            while (true)
            {
                if (await ReadLineageAsync(cancellationToken).ConfigureAwait(false) is { } stored && good(stored))
                {
                    return Publish(stored); // refreshed meanwhile by another caller or instance
                }

                await using (var lease = await StoreCallAsync(() => store.TryAcquireRefreshLeaseAsync(_options.RefreshLeaseDuration, cancellationToken)).ConfigureAwait(false))
                {
                    if (lease is not null)
                    {
                        var under = await ReadLineageAsync(cancellationToken).ConfigureAwait(false) ?? await SeedAsync(cancellationToken).ConfigureAwait(false);
                        return good(under) ? Publish(under) : await RefreshUnderLeaseAsync(under, cancellationToken).ConfigureAwait(false);
                    }
                }

                if (time.GetUtcNow() > deadline)
                {
                    throw new ZaloTokenException(
                        $"Another instance has held the Zalo OA refresh lease for over {_options.RefreshWait.TotalSeconds:0} s. " +
                        "If no other instance is running, the lease expires after Zalo:OA:RefreshLeaseDuration.", isTransient: true);
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
            status.Failed(RefreshOperation, ex.Message, operatorMustAct: true);
            logger.LogError("Zalo OA token refresh failed: {Reason}", ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            status.Failed(RefreshOperation, "Zalo's OAuth endpoint did not answer (" + ex.GetType().Name + ")", operatorMustAct: false);
            throw;
        }

        var now = time.GetUtcNow();
        var next = new ZaloTokens(grant.AccessToken, grant.RefreshToken, RefreshAt(now, grant.ExpiresIn), stored.SeedFingerprint, now);
        _unsaved = next;
        await SaveUnsavedAsync(cancellationToken).ConfigureAwait(false);
        status.Succeeded(RefreshOperation);
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
            var transient = ex is ZaloTokenException { IsTransient: true };
            var message = "The rotated Zalo OA refresh token could not be saved; " +
                          (transient ? "it is saved as soon as Redis answers again." : "check that the token store is writable.");
            status.Failed(StoreOperation, message, operatorMustAct: !transient);
            logger.LogCritical(ex, "Saving the rotated Zalo OA refresh token failed; it is kept in memory and saved before use");
            throw new ZaloTokenException(message, ex, transient);
        }

        _unsaved = null;
        status.Succeeded(StoreOperation);
        Publish(pending);
    }

    /// <summary>The stored pair, or null when the store is empty or holds an older authorization than the configured one.</summary>
    private async Task<ZaloTokens?> ReadLineageAsync(CancellationToken cancellationToken)
    {
        var stored = await StoreCallAsync(() => store.LoadAsync(cancellationToken)).ConfigureAwait(false);
        if (stored is not null && stored.SeedFingerprint != _seed)
        {
            if (!_lineageChangeLogged)
            {
                _lineageChangeLogged = true;
                logger.LogInformation("Zalo:OA:RefreshToken changed since the stored tokens were issued; starting from the configured tokens");
            }

            return null;
        }

        return stored;
    }

    /// <summary>Starts the store from the configured tokens; only called under the lease.</summary>
    private async Task<ZaloTokens> SeedAsync(CancellationToken cancellationToken)
    {
        var hasAccess = !string.IsNullOrWhiteSpace(_options.AccessToken);
        var seeded = new ZaloTokens(
            hasAccess ? _options.AccessToken.Trim() : "",
            _options.RefreshToken.Trim(),
            hasAccess ? null : DateTimeOffset.MinValue,
            _seed,
            time.GetUtcNow());
        await StoreCallAsync(async () =>
        {
            await store.SaveAsync(seeded, cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return seeded;
    }

    /// <summary>Runs a store call, recording a store that cannot be reached in the channel's health.</summary>
    private async Task<T> StoreCallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            var result = await call().ConfigureAwait(false);
            status.Succeeded(StoreOperation);
            return result;
        }
        catch (ZaloTokenException ex)
        {
            status.Failed(StoreOperation, ex.Message, operatorMustAct: !ex.IsTransient);
            throw;
        }
    }

    private ZaloTokens Publish(ZaloTokens tokens)
    {
        Volatile.Write(ref _current, tokens);
        return tokens;
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
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("zalo-oa-seed:" + (refreshToken ?? "").Trim())))[..32];
}
