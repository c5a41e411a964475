namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>What the bot knows of one OA user for choosing a message type.</summary>
/// <param name="LastInteraction">When they last wrote, pressed a button or followed; null when never seen.</param>
/// <param name="Follows">Whether they follow the OA (follow/unfollow events, or Zalo's user detail); null when unknown.</param>
public sealed record ZaloContact(DateTimeOffset? LastInteraction, bool? Follows);
