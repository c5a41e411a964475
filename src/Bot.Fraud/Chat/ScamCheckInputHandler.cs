using Bot.Dialogs.Pipeline;

namespace Bot.Fraud.Chat;

/// <summary>The step "paste the message to check" (<c>input: scam_check</c>): every text typed there is checked.</summary>
/// <remarks>The resident stays on the step, so the next message they paste is checked too.</remarks>
public sealed class ScamCheckInputHandler(ScamCheckResponder responder) : IInputHandler
{
    public string Name => ScamCheckNames.Input;

    public async ValueTask<HandlerResult> HandleAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        var verdict = responder.Analyze(text);
        return new HandlerResult([await responder.VerdictReplyAsync(context, text, verdict, cancellationToken).ConfigureAwait(false)]);
    }
}
