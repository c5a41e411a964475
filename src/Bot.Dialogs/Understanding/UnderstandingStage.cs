using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The understanding stage of the turn pipeline: every typed message that takes no fast path
/// (slash commands, command words, a button's number or words, yes/no at a question, a step's own
/// input handler) is decided here, once, by <see cref="UnderstandingPolicy"/>: a topic, a "which do
/// you mean?", a global command, out-of-scope, a scam verdict (through <see cref="ICheckRecognizer"/>),
/// or the fallback. The decision's explanation travels with the turn result to analytics and preview.
/// </summary>
/// <remarks>
/// The host composes it last among the turn handlers (after the privacy guard, the officers' dialogs
/// and every plug-in that acts on exact input), so none of them loses its input; the engine then
/// only carries out the decision.
/// </remarks>
public sealed class UnderstandingStage(ICheckRecognizer? checks = null) : ITurnHandler
{
    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Input.Text is not { } text || context.Engine.IsFastPath(context.Record, text))
        {
            return null;
        }

        var engine = context.Engine;
        var signal = checks?.Recognize(context.Input) ?? CheckSignal.None;
        var decision = engine.Understander.Decide(text, signal);
        if (decision.Kind == DecisionKind.Check && checks is not null)
        {
            var topic = decision.Target is { } target
                ? new ReplyButton(engine.Content.FindFlow(target.FlowId)?.Title.Get(context.Locale) ?? target.FlowId, Payloads.Flow(target.FlowId, target.NodeId))
                : null;
            var answer = await checks.AnswerAsync(context, text, topic, cancellationToken).ConfigureAwait(false);
            return answer with { Explanation = decision.Explanation };
        }

        var result = engine.Run(context.IsNewConversation ? null : context.Record, context.Input, context.Now, decision);

        // The processor counts the turn itself (Turns + 1), so the engine's count is not added twice.
        return new HandlerResult(result.Replies, result.Record with { Turns = context.Record.Turns }, result.Outcome)
        {
            Explanation = decision.Explanation,
        };
    }
}
