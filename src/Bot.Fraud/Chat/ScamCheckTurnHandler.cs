using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.Fraud.Chat;

/// <summary>
/// The scam check's explicit entries: <c>/kiemtra &lt;text&gt;</c> (or <c>/kiemtra</c> alone, which asks
/// for the text) and the "report this scam" button.
/// </summary>
/// <remarks>
/// Typed free text is not decided here: whether a message is one to check (it carries a link, a
/// number, a forwarded or pasted message) is the understanding stage's decision, made with
/// <see cref="ScamCheckRecognizer"/>, so scam words in a plain question never bring a verdict.
/// </remarks>
public sealed class ScamCheckTurnHandler(ScamCheckResponder responder) : ITurnHandler
{

    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Input.Payload is { } payload)
        {
            return payload.StartsWith(ScamCheckNames.ReportPayloadPrefix, StringComparison.Ordinal)
                ? await responder.ReportAsync(context, payload[ScamCheckNames.ReportPayloadPrefix.Length..], cancellationToken).ConfigureAwait(false)
                : null;
        }

        if (context.Input.Text is not { } text)
        {
            return null;
        }

        if (CommandBody(text) is { } body)
        {
            if (body.Length == 0)
            {
                return Open(context);
            }

            var checkedVerdict = responder.Analyze(body);
            return new HandlerResult([await responder.VerdictReplyAsync(context, body, checkedVerdict, cancellationToken).ConfigureAwait(false)]);
        }

        return null;
    }

    /// <summary>The text after "/kiemtra" (empty when nothing follows), or null when it is not the command.</summary>
    public static string? CommandBody(string text)
    {
        var trimmed = text.TrimStart();
        foreach (var command in ScamCheckNames.Commands)
        {
            if (!trimmed.StartsWith(command, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = trimmed[command.Length..];
            if (rest.Length > 0 && rest[0] == '@')
            {
                // Telegram groups send "/kiemtra@BotName text".
                var space = rest.IndexOfAny([' ', '\n', '\t']);
                rest = space < 0 ? "" : rest[space..];
            }
            else if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]))
            {
                continue;
            }

            return rest.Trim();
        }

        return null;
    }

    internal static bool IsAtScamCheck(TurnContext context) =>
        context.Engine.InputHandlerAt(context.Record) == ScamCheckNames.Input;

    private HandlerResult Open(TurnContext context)
    {
        if (context.Engine.Content.FindFlow(ScamCheckNames.Flow)?.FindNode(ScamCheckNames.Node) is not null)
        {
            var opened = context.Engine.Run(context.Record, InboundMessage.FromPayload(Payloads.Flow(ScamCheckNames.Flow, ScamCheckNames.Node)), context.Now);
            return new HandlerResult(opened.Replies, opened.Record);
        }

        return new HandlerResult([Reply.Plain(responder.Content.Text(Config.FraudMessageKeys.AskText, context.Locale))]);
    }
}
