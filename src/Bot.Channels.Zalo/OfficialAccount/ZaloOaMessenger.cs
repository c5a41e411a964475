using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Out-of-turn sends on the OA (broadcasts, officers' updates), as customer-service messages.</summary>
/// <remarks>
/// Residents already known to be unreachable are not tried again (Zalo would refuse and it costs an
/// API call); the mark clears when they write or follow. Zalo cannot edit a sent message, so
/// <see cref="EditAsync"/> sends a new one.
/// </remarks>
public sealed class ZaloOaMessenger(
    ZaloOaSender sender,
    ZaloOaMessageRenderer renderer,
    IUnreachableRecipients unreachable) : IChannelMessenger
{
    public string Channel => ZaloChannels.OfficialAccount;

    public async Task<SendOutcome> SendAsync(string chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (await unreachable.FindAsync(new ConversationKey(Channel, chatId), cancellationToken).ConfigureAwait(false) is { } mark)
        {
            return new SendOutcome(SendStatus.Unreachable, Detail: $"{mark.Reason} since {mark.Since:O}");
        }

        var messages = renderer.Render(replies);
        for (var i = 0; i < messages.Count; i++)
        {
            var result = await sender.SendAsync(chatId, messages[i], cancellationToken).ConfigureAwait(false);
            if (result.Outcome.Status != SendStatus.Sent)
            {
                return i == 0 ? result.Outcome : result.Outcome with { Detail = $"{result.Outcome.Detail} (after {i} of {messages.Count} messages)" };
            }
        }

        return SendOutcome.Sent;
    }

    public async Task<string?> SendEditableAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        string? id = null;
        foreach (var message in renderer.RenderText(text))
        {
            var result = await sender.SendAsync(chatId, message, cancellationToken).ConfigureAwait(false);
            if (result.Outcome.Status != SendStatus.Sent)
            {
                return null;
            }

            id = result.MessageId;
        }

        return id;
    }

    public async Task EditAsync(string chatId, string messageId, string text, CancellationToken cancellationToken) =>
        await SendAsync(chatId, [Reply.Plain(text)], cancellationToken).ConfigureAwait(false);
}
