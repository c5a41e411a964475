namespace Bot.Channels.Telegram.Sending;

/// <summary>Residents the bot can no longer message (they blocked it, or the account is gone).</summary>
/// <remarks>
/// Broadcasts skip these chats instead of hitting Telegram with requests that can only fail.
/// A chat becomes reachable again when the resident writes or unblocks the bot.
/// </remarks>
public interface IUnreachableRecipients
{
    /// <summary>Records that <paramref name="chatId"/> cannot be messaged, with a short reason ("blocked").</summary>
    ValueTask MarkUnreachableAsync(string chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Clears the mark (the resident wrote again or unblocked the bot).</summary>
    ValueTask MarkReachableAsync(string chatId, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="chatId"/> is marked unreachable.</summary>
    ValueTask<bool> IsUnreachableAsync(string chatId, CancellationToken cancellationToken = default);
}
