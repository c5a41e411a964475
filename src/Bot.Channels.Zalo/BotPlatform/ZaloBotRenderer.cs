using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Zalo Bot has no buttons: each reply becomes its text plus numbered options, split to the length limit.</summary>
public sealed class ZaloBotRenderer(IOptions<ZaloBotOptions> options)
{
    /// <summary>The texts to send for <paramref name="replies"/>, in order.</summary>
    public IReadOnlyList<string> Render(IReadOnlyList<Reply> replies) =>
        replies.SelectMany(r => ZaloTextSplitter.Split(NumberedOptions.AppendTo(r.Text, r.Buttons), options.Value.MaxTextLength)).ToList();
}
