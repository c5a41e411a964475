namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>OA API error codes the channel acts on (platform-protocols.md B5).</summary>
public static class ZaloOaErrors
{
    /// <summary>"Your application reached limit call api": back off, retry later.</summary>
    public const int RateLimited = -32;

    /// <summary>Unknown/retryable on the platform's side.</summary>
    public const int Unknown = -100;

    /// <summary>"Out of quota": the OA's package has no messages of this type left for now.</summary>
    public const int OutOfQuota = -211;

    public const int NotFollower = -213;

    public const int AccessTokenInvalid = -216;

    public const int UserBlockedOa = -217;

    public const int AccessTokenExpired = -220;

    public const int UserInactive = -227;

    /// <summary>The user has not interacted with the OA in the past 7 days (outside the customer-service window).</summary>
    public const int OutsideWindow = -230;

    public const int InteractionExpired = -232;

    /// <summary>Promotion messages cannot be sent at night (22:00–06:00, third-party documentation).</summary>
    public const int NightBan = -234;

    /// <summary>The user turned this message type off for the OA.</summary>
    public const int TypeRestrictedByUser = -244;

    /// <summary>True for codes that say the access token must be refreshed.</summary>
    public static bool IsTokenError(int? code) => code is AccessTokenInvalid or AccessTokenExpired;

    /// <summary>The unreachable reason for codes that say this user cannot get a customer-service message now; null otherwise.</summary>
    public static string? UnreachableReason(int? code) => code switch
    {
        OutsideWindow or InteractionExpired => "outside-7-day-window",
        NotFollower => "not-a-follower",
        UserBlockedOa => "blocked-the-oa",
        UserInactive => "inactive-user",
        _ => null,
    };

    /// <summary>The reach report's reason for a code that says this user cannot get the message type ("outside-window", "not-following"…); null otherwise.</summary>
    public static string? ReportReason(int? code) => code switch
    {
        OutsideWindow or InteractionExpired => "outside-window",
        NotFollower => "not-following",
        UserBlockedOa => "blocked",
        UserInactive => "inactive",
        TypeRestrictedByUser => "refused-type",
        _ => null,
    };

    /// <summary>
    /// The HTTP status a send's answer stands for, for the outgoing-sends metric: Zalo answers HTTP 200
    /// with an error code, so -32 counts as 429, a resident Zalo will not let us reach as 403, a
    /// refused token as 401, -100 as 503 and any other refusal as 400.
    /// </summary>
    public static int MetricStatus(ZaloOaApiResult result) => result.Error switch
    {
        null => (int)result.Status,
        0 => 200,
        RateLimited or OutOfQuota or NightBan => 429,
        AccessTokenInvalid or AccessTokenExpired => 401,
        Unknown => 503,
        var code when UnreachableReason(code) is not null || code == TypeRestrictedByUser => 403,
        _ => 400,
    };
}
