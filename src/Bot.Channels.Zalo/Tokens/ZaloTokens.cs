using System.Text.Json.Serialization;

namespace Bot.Channels.Zalo.Tokens;

/// <summary>The OA's current OAuth tokens, as stored between restarts.</summary>
/// <param name="AccessToken">The token sent in the <c>access_token</c> header; empty when none is known yet.</param>
/// <param name="RefreshToken">The single-use refresh token; Zalo rotates it on every refresh.</param>
/// <param name="RefreshAt">When to refresh ahead of expiry; null when the expiry is unknown (refresh on -216/-220 only).</param>
/// <param name="SeedFingerprint">
/// Hash of the configured refresh token that started this lineage: when the operator re-authorizes
/// and configures a new one, stored tokens from the old lineage are discarded.
/// </param>
/// <param name="SavedAt">When this version was saved.</param>
public sealed record ZaloTokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string RefreshToken,
    [property: JsonPropertyName("refresh_at")] DateTimeOffset? RefreshAt,
    [property: JsonPropertyName("seed")] string SeedFingerprint,
    [property: JsonPropertyName("saved_at")] DateTimeOffset SavedAt)
{
    /// <summary>Never print tokens, even in a debugger or an exception message.</summary>
    public override string ToString() => $"ZaloTokens(saved {SavedAt:O}, refresh at {RefreshAt:O})";
}
