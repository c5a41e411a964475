namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>Last interaction and follow status of OA users, shared by every instance (Redis) or in memory.</summary>
/// <remarks>An optimisation like the unreachable marks: a failure to read answers "unknown", and the bot then tries a customer-service message first.</remarks>
public interface IZaloContactBook
{
    /// <summary>The user interacted now (wrote, pressed, followed): Zalo's 7-day window starts again.</summary>
    ValueTask InteractedAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records whether the user follows the OA.</summary>
    ValueTask FollowsAsync(string userId, bool follows, CancellationToken cancellationToken);

    /// <summary>What is known of <paramref name="userId"/>.</summary>
    ValueTask<ZaloContact> GetAsync(string userId, CancellationToken cancellationToken);
}
