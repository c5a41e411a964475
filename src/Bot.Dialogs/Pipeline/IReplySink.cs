using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Pipeline;

/// <summary>
/// Where a channel wants a turn's answer delivered: the "render → send" half of a channel, handed to
/// <see cref="TurnProcessor.RunTurnAsync"/> together with the mapped input.
/// </summary>
/// <remarks>
/// <see cref="DeliverAsync"/> is called once per turn, only after the turn was committed, while the
/// conversation's turn lock is held: one conversation's answers leave in the order its messages came,
/// with no second queue in the channel. Channels report platform refusals in their own logs and
/// metrics rather than throwing; an exception here is logged and counted, the turn stays committed.
/// </remarks>
public interface IReplySink
{
    /// <summary>
    /// True when an update processed before should be answered again with the answer kept from the
    /// first time (the web chat: its client retries a request whose response was lost). Platform
    /// channels say false: the resident already has those messages, and a repeated callback answer is
    /// refused by Telegram.
    /// </summary>
    bool ReplaysAnswers { get; }

    /// <summary>
    /// Renders and sends <paramref name="result"/>. <see cref="TurnResult.Duplicate"/> marks a replay of
    /// the kept answer (only for sinks that <see cref="ReplaysAnswers"/>).
    /// </summary>
    Task DeliverAsync(TurnResult result, CancellationToken cancellationToken);
}
