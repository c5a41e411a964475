namespace Bot.Channels.Zalo.Tokens;

/// <summary>Durable home of the OA's tokens, shared by every instance of the bot.</summary>
/// <remarks>
/// Zalo's refresh tokens are single-use: once a refresh succeeds the old one is dead, so the new
/// pair must be saved before it is used, and only one instance may refresh at a time. Implementations:
/// <see cref="FileZaloTokenStore"/> (one host); <c>RedisZaloTokenStore</c> in Bot.Channels.Zalo.Redis (several instances). Store tokens
/// encrypted (see <see cref="ZaloTokenProtector"/>), never in plain text.
/// </remarks>
public interface IZaloTokenStore
{
    /// <summary>The saved tokens, or null when nothing was saved yet.</summary>
    Task<ZaloTokens?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Saves durably; returns only when the tokens would survive a crash.</summary>
    Task SaveAsync(ZaloTokens tokens, CancellationToken cancellationToken);

    /// <summary>Takes the right to refresh for at most <paramref name="duration"/>; null when another holder has it. Dispose to release.</summary>
    Task<IAsyncDisposable?> TryAcquireRefreshLeaseAsync(TimeSpan duration, CancellationToken cancellationToken);
}
