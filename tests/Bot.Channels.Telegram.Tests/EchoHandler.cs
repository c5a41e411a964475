using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Telegram.Tests;

/// <summary>A plug-in that quotes what the resident typed (as the scam check quotes a suspicious message), with buttons.</summary>
public sealed class EchoHandler : ITurnHandler
{
    public const string Prefix = "echo ";

    public ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Input.Text is { } text && text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var quoted = text[Prefix.Length..];
            var reply = new Reply("Bạn đã gõ: " + quoted, [new ReplyButton("<b>Menu</b> & \"more\"", "c:menu")]);
            return ValueTask.FromResult<HandlerResult?>(new HandlerResult([reply]));
        }

        return ValueTask.FromResult<HandlerResult?>(null);
    }
}
