using System.Globalization;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Telegram.Sending;

/// <summary>Out-of-turn sends to Telegram chats (broadcasts, officers' progress messages).</summary>
/// <remarks>Chats recorded as unreachable are skipped without a request: Telegram would only answer 403 again.</remarks>
public sealed class TelegramMessenger(TelegramSender sender, IUnreachableRecipients unreachable) : IChannelMessenger
{
    public string Channel => TelegramChannel.Name;

    public async Task<SendOutcome> SendAsync(string chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (!TryParseChat(chatId, out var chat))
        {
            return new SendOutcome(SendStatus.Failed, Detail: "not a Telegram chat id");
        }

        if (await unreachable.FindAsync(Key(chatId), cancellationToken).ConfigureAwait(false) is { } mark)
        {
            return new SendOutcome(mark.Reason == "blocked" ? SendStatus.Blocked : SendStatus.Unreachable, Detail: $"{mark.Reason} since {mark.Since:O}");
        }

        return await sender.SendRepliesAsync(chat, replies, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> SendEditableAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        if (!TryParseChat(chatId, out var chat) || await unreachable.FindAsync(Key(chatId), cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        // An editable message must be one message: keep it within one Telegram message.
        var (outcome, messageId) = await sender.SendAsync(chat, Single(text), cancellationToken).ConfigureAwait(false);
        return outcome.Status == SendStatus.Sent && messageId is { } id ? id.ToString(CultureInfo.InvariantCulture) : null;
    }

    public async Task EditAsync(string chatId, string messageId, string text, CancellationToken cancellationToken)
    {
        if (!TryParseChat(chatId, out var chat))
        {
            return;
        }

        if (int.TryParse(messageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var outcome = await sender.EditAsync(chat, id, Single(text), cancellationToken).ConfigureAwait(false);
            if (outcome.Status is not SendStatus.Failed)
            {
                return;
            }
        }

        // The message is gone (deleted, or too old to edit): say it in a new message instead.
        await sender.SendAsync(chat, Single(text), cancellationToken).ConfigureAwait(false);
    }

    private static TelegramOutgoing Single(string text)
    {
        var chunk = TelegramText.Split(string.IsNullOrWhiteSpace(text) ? "…" : text)[0];
        return new TelegramOutgoing(TelegramText.EscapeHtml(chunk), null);
    }

    private static ConversationKey Key(string chatId) => new(TelegramChannel.Name, chatId);

    private static bool TryParseChat(string chatId, out long chat) =>
        long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out chat);
}
