using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Channels;

/// <summary>Sends messages to a resident outside a turn (broadcast alerts, officers' progress messages).</summary>
/// <remarks>
/// Each platform channel implements this once; the broadcast engine picks the messenger by
/// <see cref="Channel"/>. Implementations render replies exactly as in a turn, respect the
/// platform's limits, and report what happened instead of throwing for expected platform answers.
/// </remarks>
public interface IChannelMessenger
{
    /// <summary>Channel name as in <see cref="ConversationKey.Channel"/> ("telegram", "zalo-oa", "zalo-bot").</summary>
    string Channel { get; }

    /// <summary>Sends the replies to one chat, in order.</summary>
    Task<SendOutcome> SendAsync(string chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);

    /// <summary>Sends one message that can later be edited in place; returns its message id (null if not supported or failed).</summary>
    Task<string?> SendEditableAsync(string chatId, string text, CancellationToken cancellationToken);

    /// <summary>Edits a message sent with <see cref="SendEditableAsync"/>; platforms without edits send a new message.</summary>
    Task EditAsync(string chatId, string messageId, string text, CancellationToken cancellationToken);
}
