using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Bot.Fraud.Chat;
using Bot.Fraud.Reports;
using Xunit.Abstractions;

namespace Bot.Fraud.Tests;

/// <summary>
/// Every line of the development set (eval/understanding/dev.tsv) through the scam check's recognizer: a message
/// that is not one to check must raise no check signal, whatever scam words it uses (a signal is a verdict in the
/// running bot). The output lists, per line with a signal, its label and the rule that raised it, and the messages
/// to check that raised none, so a wrong verdict points at its rule. Only the development set is read here; the
/// frozen holdouts are measured end to end, once, and never read by a test that prints lines.
/// </summary>
public sealed class DevelopmentSetCheckSignalTests(ITestOutputHelper output)
{
    private static readonly ScamCheckRecognizer Recognizer = new(new ScamCheckResponder(
        TestContent.NewAnalyzer(), new InMemoryScamReportStore(TimeProvider.System)));

    [Fact]
    public void NoQuestionInTheDevelopmentSetRaisesACheckSignal()
    {
        var lines = DevLines();
        var wrongSignals = new List<string>();
        var missed = 0;
        var byRule = new SortedDictionary<string, (int Check, int Other)>(StringComparer.Ordinal);
        foreach (var (line, category, label, text) in lines)
        {
            var (signal, rule) = Recognizer.Explain(InboundMessage.FromText(text));
            var isCheck = label == "check";
            if (signal != CheckSignal.None)
            {
                var (check, other) = byRule.GetValueOrDefault(rule);
                byRule[rule] = isCheck ? (check + 1, other) : (check, other + 1);
            }

            if (!isCheck && signal != CheckSignal.None)
            {
                wrongSignals.Add($"{line}\t{category}\t{label}\t{rule}\t{text}");
            }
            else if (isCheck && signal == CheckSignal.None)
            {
                missed++;
                output.WriteLine($"no signal\t{line}\t{category}\t{text}");
            }
        }

        foreach (var (rule, (check, other)) in byRule)
        {
            output.WriteLine($"rule {rule,-40} check {check,4}  not check {other,4}");
        }

        output.WriteLine($"{lines.Count} lines; messages to check without a signal: {missed}; other messages with a signal: {wrongSignals.Count}");
        Assert.True(lines.Count > 1000, "the development set is read");
        Assert.True(wrongSignals.Count == 0, "questions that would get a scam verdict:\n" + string.Join('\n', wrongSignals));
    }

    private static List<(int Line, string Category, string Label, string Text)> DevLines()
    {
        var path = Path.Combine(TestContent.RepoRoot, "eval", "understanding", "dev.tsv");
        var lines = new List<(int, string, string, string)>();
        var category = "";
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.StartsWith("# category:", StringComparison.Ordinal))
            {
                category = raw["# category:".Length..].Trim();
            }
            else if (!raw.StartsWith('#') && raw.IndexOf('\t') is > 0 and var tab)
            {
                lines.Add((number, category, raw[..tab], raw[(tab + 1)..]));
            }
        }

        return lines;
    }
}
