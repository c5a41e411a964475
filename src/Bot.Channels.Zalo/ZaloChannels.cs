namespace Bot.Channels.Zalo;

/// <summary>Channel names used in conversation keys, messenger lookups and the startup line.</summary>
public static class ZaloChannels
{
    /// <summary>The Zalo Official Account channel.</summary>
    public const string OfficialAccount = "zalo-oa";

    /// <summary>The Zalo Bot platform channel.</summary>
    public const string Bot = "zalo-bot";
}
