using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The port through which a feature that can check messages for scams (Bot.Fraud) joins the
/// understanding stage: it says whether a message carries something to check, and answers one.
/// </summary>
/// <remarks>The stage, not the feature, decides whether the check answers: one decision, one place.</remarks>
public interface ICheckRecognizer
{
    /// <summary>Whether <paramref name="input"/> carries something to check (a link, a number, a pasted or forwarded message).</summary>
    CheckSignal Recognize(InboundMessage input);

    /// <summary>The verdict for <paramref name="text"/>; <paramref name="topic"/> (when set) is offered as a button beside it.</summary>
    ValueTask<HandlerResult> AnswerAsync(TurnContext context, string text, ReplyButton? topic, CancellationToken cancellationToken);
}
