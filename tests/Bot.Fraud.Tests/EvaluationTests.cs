using Bot.Fraud.Tests.Evaluation;
using Xunit.Abstractions;

namespace Bot.Fraud.Tests;

/// <summary>
/// The scam check against labelled sets. The project's own set (eval/messages.tsv) and this year's
/// development sets (eval/scams/dev-2026.tsv, eval/screenshots/dev.tsv) must meet the goals: scams flagged medium or higher
/// ≥ 95 %, legitimate messages flagged high ≤ 3 %. Their results are printed and must match the
/// generated blocks of docs/fraud-evaluation.md (regenerate with FRAUD_EVAL_WRITE=1), so the
/// published numbers cannot drift. The frozen holdout (eval/scams/holdout-2026.tsv) is only printed,
/// as counts, never asserted or listed message by message: nobody should tune on it.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    public const string Command = "FRAUD_EVAL_WRITE=1 dotnet test tests/Bot.Fraud.Tests -c Release --filter FullyQualifiedName~EvaluationTests";

    private const double ScamGoal = 0.95;
    private const double LegitHighLimit = 0.03;

    [Fact]
    public void TheProjectSetKeepsItsBar()
    {
        var messages = LabelledMessage.Load(Path.Combine(AppContext.BaseDirectory, "eval", "messages.tsv"));
        Assert.True(messages.Count(m => m.IsScam) >= 80, "the project set needs at least 80 scam messages");
        Assert.True(messages.Count(m => !m.IsScam) >= 60, "the project set needs at least 60 legitimate messages");
        Assert.Contains(messages, m => m.Text.Any(c => c > 127 && char.IsLetter(c)));
        Assert.Contains(messages, m => m.Text.All(c => c < 128 || !char.IsLetter(c)));
        JudgeAndPublish("project", messages);
    }

    [Fact]
    public void ThisYearsDevelopmentSetMeetsTheGoals()
    {
        var messages = LabelledMessage.Load(Path.Combine(TestContent.RepoRoot, "eval", "scams", "dev-2026.tsv"));
        Assert.True(messages.Count(m => m.IsScam) >= 100 && messages.Count(m => !m.IsScam) >= 60, "the development set is incomplete");
        JudgeAndPublish("dev-2026", messages);
    }

    [Fact]
    public void TheScreenshotDevelopmentSetMeetsTheGoals()
    {
        // What residents screenshot (SMS and Zalo), as typed from the screen; the frozen screenshot set judges the same rules from outside.
        var messages = LabelledMessage.LoadScreenshots(Path.Combine(TestContent.RepoRoot, "eval", "screenshots", "dev.tsv"));
        Assert.True(messages.Count(m => m.IsScam) >= 40 && messages.Count(m => !m.IsScam) >= 40, "the screenshot development set is incomplete");
        JudgeAndPublish("screenshots-dev", messages);
    }

    [Fact]
    public void ThisYearsHoldoutIsReportedButNotJudged()
    {
        var messages = LabelledMessage.Load(Path.Combine(TestContent.RepoRoot, "eval", "scams", "holdout-2026.tsv"));
        Assert.Contains(messages, m => m.IsScam);
        Assert.Contains(messages, m => !m.IsScam);
        var report = new EvaluationReport(TestContent.NewAnalyzer(), messages);
        output.WriteLine("Frozen holdout eval/scams/holdout-2026.tsv (printed only; record it in docs/fraud-evaluation.md by hand):");
        output.WriteLine(report.Markdown(listMisses: false));
    }

    private void JudgeAndPublish(string block, List<LabelledMessage> messages)
    {
        var report = new EvaluationReport(TestContent.NewAnalyzer(), messages);
        var markdown = report.Markdown(listMisses: true);
        output.WriteLine(markdown);

        var document = new GeneratedBlocks(Path.Combine(TestContent.RepoRoot, "docs", "fraud-evaluation.md"));
        if (Environment.GetEnvironmentVariable("FRAUD_EVAL_WRITE") == "1")
        {
            document.Write(block, markdown);
        }

        Assert.True(report.ScamsCaught >= ScamGoal, $"{block}: only {report.ScamsCaught:P1} of scams were flagged medium or higher (goal ≥ 95 %)\n{markdown}");
        Assert.True(report.LegitHigh <= LegitHighLimit, $"{block}: {report.LegitHigh:P1} of legitimate messages were flagged high (goal ≤ 3 %)\n{markdown}");
        Assert.True(document.Read(block) == markdown, $"docs/fraud-evaluation.md ({block}) is out of date; regenerate it with: {Command}");
    }
}
