using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.Channels.WebChat;

/// <summary>The web chat's sink: the answer is the HTTP response, so the sink only keeps it for the endpoint.</summary>
/// <remarks>
/// Replays: the page retries a request whose response was lost (same <c>messageId</c>), and the retry
/// must show the same replies and say where the conversation stands, as the first response would have.
/// </remarks>
internal sealed class WebChatReplySink : IReplySink
{
    /// <summary>What the turn answered (or replayed); null until delivered.</summary>
    public TurnResult? Result { get; private set; }

    public bool ReplaysAnswers => true;

    public Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
    {
        Result = result;
        return Task.CompletedTask;
    }
}
