namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>A successful answer of the OAuth token endpoint.</summary>
/// <param name="ExpiresIn">The access token's lifetime; null when Zalo did not say.</param>
public sealed record ZaloTokenGrant(string AccessToken, string RefreshToken, TimeSpan? ExpiresIn)
{
    public override string ToString() => $"ZaloTokenGrant(expires in {ExpiresIn})";
}
