using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Zalo;

// The OAuth token endpoint: single-use refresh tokens that rotate on every refresh, and access tokens Zalo can forget.
public sealed partial class FakeZaloOaApi
{
    /// <summary>Calls to the token endpoint that were accepted.</summary>
    public int RefreshCount { get; private set; }

    /// <summary>Every call to the token endpoint, accepted or not.</summary>
    public int RefreshAttempts { get; private set; }

    /// <summary>The tokens' lifetime the token endpoint reports (a string, as Zalo sends it).</summary>
    public string ExpiresIn { get; set; } = "90000";

    /// <summary>Delay inside the token endpoint, so concurrent refreshes would overlap.</summary>
    public TimeSpan RefreshDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Awaited inside the token endpoint before it answers, so a test can hold a refresh in flight.</summary>
    public Func<Task>? BeforeRefreshAnswer { get; set; }

    /// <summary>The access token of generation <paramref name="generation"/> (1 = the configured one).</summary>
    public string AccessToken(int generation) => _prefix + "AT" + generation;

    /// <summary>The refresh token of generation <paramref name="generation"/> (1 = the configured one).</summary>
    public string RefreshToken(int generation) => _prefix + "RT" + generation;

    /// <summary>The refresh token Zalo currently accepts.</summary>
    public string CurrentRefreshToken
    {
        get
        {
            lock (_lock)
            {
                return _refreshToken;
            }
        }
    }

    /// <summary>Zalo forgets <paramref name="accessToken"/>: sends with it get -216.</summary>
    public void Invalidate(string accessToken)
    {
        lock (_lock)
        {
            _validAccessTokens.Remove(accessToken);
        }
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        await Task.Delay(RefreshDelay);
        if (BeforeRefreshAnswer is { } hold)
        {
            await hold();
        }

        lock (_lock)
        {
            RefreshAttempts++;
            if (request.Headers["secret_key"] != AppSecret || form["app_id"] != AppId || form["grant_type"] != "refresh_token")
            {
                return Results.Json(new { error = -14002, error_name = "Invalid app", error_description = "secret_key or app_id is wrong" });
            }

            if (form["refresh_token"] != _refreshToken)
            {
                // Single use: a refresh token that was already rotated away is dead.
                return Results.Json(new { error = -14014, error_name = "Invalid refresh token", error_description = "refresh token is invalid or used" });
            }

            _generation++;
            RefreshCount++;
            _refreshToken = RefreshToken(_generation);
            var access = AccessToken(_generation);
            _validAccessTokens.Add(access);
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = access,
                ["refresh_token"] = _refreshToken,
                ["expires_in"] = ExpiresIn,
            });
        }
    }
}
