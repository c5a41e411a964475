using Bot.Dialogs.Officers;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Bot.Fraud.Reports;

namespace Bot.Fraud.Chat;

/// <summary>
/// Officers' commands: <c>/baocaoso &lt;số&gt;</c> and <c>/baocaolink &lt;tên miền&gt;</c> add to the
/// reported lists, <c>/baocaongay</c> shows today's reports. The role is looked up on every use, so
/// a revoked officer is refused at once; everyone else gets a polite refusal.
/// </summary>
public sealed class OfficerCommandTurnHandler(
    IOfficerDirectory officers,
    FraudListEditor editor,
    OfficerDigestBuilder digest,
    FraudContent content) : ITurnHandler
{
    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Input.Text is not { } text || !text.TrimStart().StartsWith('/'))
        {
            return null;
        }

        var command = Command.Parse(text);
        if (command is null)
        {
            return null;
        }

        var locale = context.Locale;
        var officer = await officers.FindByChatAsync(context.Key, cancellationToken).ConfigureAwait(false);
        if (officer is null)
        {
            return Answer(content.Text(FraudMessageKeys.OfficerOnly, locale));
        }

        switch (command.Value.Kind)
        {
            case CommandKind.Number when command.Value.Argument.Length == 0:
                return Answer(content.Text(FraudMessageKeys.ListUsagePhone, locale));
            case CommandKind.Number:
                var phone = await editor.AddPhoneAsync(command.Value.Argument, officer.Id, cancellationToken).ConfigureAwait(false);
                return Answer(Describe(phone, FraudMessageKeys.ListAddedPhone, FraudMessageKeys.ListUsagePhone, locale));
            case CommandKind.Link when command.Value.Argument.Length == 0:
                return Answer(content.Text(FraudMessageKeys.ListUsageDomain, locale));
            case CommandKind.Link:
                var domain = await editor.AddDomainAsync(command.Value.Argument, officer.Id, cancellationToken).ConfigureAwait(false);
                return Answer(Describe(domain, FraudMessageKeys.ListAddedDomain, FraudMessageKeys.ListUsageDomain, locale));
            default:
                var start = VietnamTime.StartOf(VietnamTime.Day(context.Now));
                var today = await digest.ReportsAsync(start, context.Now.AddTicks(1), cancellationToken).ConfigureAwait(false);
                return Answer(digest.Format(officer, today, ScamReportDigest.TodayPeriod(context.Now, content, locale), locale));
        }
    }

    private string Describe(ListAddResult result, string addedKey, string usageKey, string locale)
    {
        var key = result.Status switch
        {
            ListAddStatus.Added => addedKey,
            ListAddStatus.AlreadyListed => FraudMessageKeys.ListAlready,
            ListAddStatus.Official => FraudMessageKeys.ListOfficial,
            _ => usageKey,
        };
        return content.Text(key, locale).Replace("{value}", result.Shown, StringComparison.Ordinal);
    }

    // The record is left as it was: an officer command never moves the conversation.
    private static HandlerResult Answer(string text) => new([Reply.Plain(text)]);

    private enum CommandKind
    {
        Number,
        Link,
        Digest,
    }

    private readonly record struct Command(CommandKind Kind, string Argument)
    {
        public static Command? Parse(string text)
        {
            var trimmed = text.Trim();
            var end = trimmed.IndexOfAny([' ', '\n', '\t', '@']);
            var name = end < 0 ? trimmed : trimmed[..end];
            var rest = end < 0 ? "" : trimmed[end..];
            if (rest.StartsWith('@'))
            {
                // Telegram groups send "/baocaoso@BotName 0912…".
                var space = rest.IndexOfAny([' ', '\n', '\t']);
                rest = space < 0 ? "" : rest[space..];
            }

            CommandKind? kind = Matches(OfficerCommandNames.ReportNumber, name) ? CommandKind.Number
                : Matches(OfficerCommandNames.ReportLink, name) ? CommandKind.Link
                : Matches(OfficerCommandNames.DailyReport, name) ? CommandKind.Digest
                : null;
            return kind is { } k ? new Command(k, rest.Trim()) : null;
        }

        private static bool Matches(IReadOnlyList<string> names, string name) =>
            names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }
}
