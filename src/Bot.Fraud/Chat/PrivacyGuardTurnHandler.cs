using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Bot.Fraud.Config;
using Bot.Fraud.Privacy;

namespace Bot.Fraud.Chat;

/// <summary>
/// Runs before the other plug-ins on every typed message (only officers' list commands come first, see
/// the host's turn composition): when it holds a citizen ID, an old ID, a bank account number,
/// an OTP or a password, the resident is warned never to share these with anyone, this bot included.
/// </summary>
/// <remarks>
/// Nothing of the text is stored: the conversation record is left as it was, and when the message is
/// also a scam check (at the check step, after /kiemtra, or a message that carries something to check) the
/// verdict follows the warning and only a masked draft is kept for the report button.
/// </remarks>
public sealed class PrivacyGuardTurnHandler(ScamCheckResponder responder, ScamCheckRecognizer checks) : ITurnHandler
{
    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Input.Text is not { Length: > 0 } text)
        {
            return null;
        }

        var kinds = PersonalDataMasker.Detect(text);
        if (kinds.Count == 0)
        {
            return null;
        }

        var locale = context.Locale;
        var content = responder.Content;
        var what = Describe(kinds, content, locale);
        var warning = content.Text(FraudMessageKeys.PrivacyWarning, locale).Replace("{what}", what, StringComparison.Ordinal);

        var body = ScamCheckTurnHandler.CommandBody(text);
        var toCheck = body is { Length: > 0 } ? body : text;
        var verdict = responder.Analyze(toCheck);
        var isCheck = body is { Length: > 0 } || ScamCheckTurnHandler.IsAtScamCheck(context)
                      || (body is null && checks.Recognize(context.Input) != CheckSignal.None);
        if (isCheck)
        {
            var verdictReply = await responder.VerdictReplyAsync(context, toCheck, verdict, cancellationToken).ConfigureAwait(false);
            return new HandlerResult([Reply.Plain(warning), verdictReply]);
        }

        return new HandlerResult([new Reply(warning, context.Engine.CurrentButtons(context.Record))]);
    }

    internal static string Describe(IReadOnlySet<PersonalDataKind> kinds, FraudContent content, string locale)
    {
        var names = kinds.Order().Select(kind => content.Text(kind switch
        {
            PersonalDataKind.CitizenId => FraudMessageKeys.PrivacyCitizenId,
            PersonalDataKind.OldId => FraudMessageKeys.PrivacyOldId,
            PersonalDataKind.BankAccount => FraudMessageKeys.PrivacyBankAccount,
            PersonalDataKind.Otp => FraudMessageKeys.PrivacyOtp,
            _ => FraudMessageKeys.PrivacyPassword,
        }, locale)).ToList();
        return names.Count == 1
            ? names[0]
            : string.Join(", ", names[..^1]) + " " + content.Text(FraudMessageKeys.And, locale) + " " + names[^1];
    }
}
