using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Out-of-turn sends on the Zalo Bot platform. It cannot edit messages, so <see cref="EditAsync"/> sends a new one.</summary>
public sealed class ZaloBotMessenger(ZaloBotSender sender, ZaloBotRenderer renderer) : IChannelMessenger
{
    public string Channel => ZaloChannels.Bot;

    public async Task<SendOutcome> SendAsync(string chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        (await sender.SendAsync(chatId, renderer.Render(replies), cancellationToken).ConfigureAwait(false)).Outcome;

    public async Task<string?> SendEditableAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        var (outcome, id) = await sender.SendAsync(chatId, renderer.Render([Reply.Plain(text)]), cancellationToken).ConfigureAwait(false);
        return outcome.Status == SendStatus.Sent ? id : null;
    }

    public async Task EditAsync(string chatId, string messageId, string text, CancellationToken cancellationToken) =>
        await SendAsync(chatId, [Reply.Plain(text)], cancellationToken).ConfigureAwait(false);
}
