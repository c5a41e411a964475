using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Privacy;
using Bot.Fraud.Reports;

namespace Bot.Fraud.Chat;

/// <summary>Turns a check into chat replies (verdict + "report" button) and handles the report button.</summary>
/// <remarks>
/// The message itself is analysed in memory only; what is kept for a possible report is a masked
/// draft (<see cref="PersonalDataMasker"/>), and the button carries just the draft's id.
/// </remarks>
public sealed class ScamCheckResponder(FraudAnalyzer analyzer, IScamReportStore reports)
{
    /// <summary>Fewest words for typed text without a link to be taken as a pasted message.</summary>
    public const int MinWordsForPastedMessage = 8;

    public FraudContent Content => analyzer.Content;

    public FraudVerdict Analyze(string text) => analyzer.Analyze(text);

    /// <summary>
    /// True when text typed outside the scam check clearly is a forwarded suspicious message: it has
    /// a link that is not official, or it is message-length and the check rates it medium or higher.
    /// Short questions ("tài khoản an toàn là gì") are left to the dialog engine.
    /// </summary>
    public static bool LooksLikeSuspiciousMessage(string text, FraudVerdict verdict) =>
        verdict.HasUnofficialLink
        || (verdict.Risk >= RiskLevel.Medium && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsForPastedMessage);

    /// <summary>The verdict reply for <paramref name="text"/>, keeping a masked draft for the report button.</summary>
    public async ValueTask<Reply> VerdictReplyAsync(TurnContext context, string text, FraudVerdict verdict, CancellationToken cancellationToken)
    {
        var locale = context.Locale;
        var buttons = new List<ReplyButton>(2);
        if (verdict.HasWarnings)
        {
            var draft = Draft(context, text, verdict);
            await reports.SaveDraftAsync(draft, cancellationToken).ConfigureAwait(false);
            buttons.Add(new ReplyButton(Content.Text(FraudMessageKeys.ReportButton, locale), ScamCheckNames.ReportPayloadPrefix + draft.Id));
        }

        buttons.Add(new ReplyButton(context.Engine.Content.Text(TextKeys.MenuLabel, locale), Payloads.Command(Bot.Dialogs.Engine.Commands.Menu)));
        return new Reply(FraudVerdictFormatter.Format(verdict, Content, locale), buttons);
    }

    /// <summary>Answers a press of the report button.</summary>
    public async ValueTask<HandlerResult> ReportAsync(TurnContext context, string draftId, CancellationToken cancellationToken)
    {
        var locale = context.Locale;
        var report = await reports.SubmitAsync(draftId, context.Now, cancellationToken).ConfigureAwait(false);
        var key = report is null ? FraudMessageKeys.ReportExpired : FraudMessageKeys.ReportThanks;
        var menu = new ReplyButton(context.Engine.Content.Text(TextKeys.MenuLabel, locale), Payloads.Command(Bot.Dialogs.Engine.Commands.Menu));
        return new HandlerResult([new Reply(Content.Text(key, locale), [menu])]);
    }

    private static ScamReport Draft(TurnContext context, string text, FraudVerdict verdict)
    {
        var masked = PersonalDataMasker.Mask(text);
        if (masked.Length > ScamReport.MaxExcerptLength)
        {
            masked = masked[..ScamReport.MaxExcerptLength];
        }

        context.Record.Answers.TryGetValue(ScamCheckNames.AreaAnswerKey, out var area);
        return new ScamReport(
            DraftIds.New(),
            context.Now,
            context.Key.Channel,
            area,
            verdict.RiskName,
            verdict.Score,
            verdict.Reasons.Where(r => r.Weight > 0).Select(r => r.Code).ToList(),
            verdict.Domains,
            verdict.Phones,
            masked);
    }
}
