using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Channels;

/// <summary>A channel where alerts reach a resident later only if they follow the account (Zalo OA): it checks and invites.</summary>
public interface IFollowInvitation
{
    /// <summary>Channel name as in <see cref="ConversationKey.Channel"/>.</summary>
    string Channel { get; }

    /// <summary>
    /// What a resident who just subscribed should know about reaching them later, in <paramref name="locale"/>: a plain
    /// note when they follow, an invitation with a one-tap follow button when they do not; null when nothing needs saying.
    /// </summary>
    Task<Reply?> AdviseAsync(string chatId, string locale, CancellationToken cancellationToken);
}
