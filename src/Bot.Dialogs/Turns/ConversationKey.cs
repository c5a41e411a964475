namespace Bot.Dialogs.Turns;

/// <summary>Identifies one conversation: the channel and the platform's chat id.</summary>
/// <param name="Channel">Short channel name: "web", "telegram", "zalo-oa", "zalo-bot".</param>
/// <param name="ChatId">The platform's chat or user id (never a phone number).</param>
public readonly record struct ConversationKey(string Channel, string ChatId)
{
    /// <summary>"channel:chatId", the form used in storage keys and logs.</summary>
    public override string ToString() => Channel + ":" + ChatId;
}
