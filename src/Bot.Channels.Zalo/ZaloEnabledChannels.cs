namespace Bot.Channels.Zalo;

/// <summary>Which Zalo channels the configuration turned on (read by <see cref="ZaloExtensions.MapZalo"/>).</summary>
public sealed record ZaloEnabledChannels(bool OfficialAccount, bool Bot);
