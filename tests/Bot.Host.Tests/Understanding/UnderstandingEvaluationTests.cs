using Bot.Host.Tests.Support;
using Xunit.Abstractions;

namespace Bot.Host.Tests.Understanding;

/// <summary>
/// The understanding goals, end to end through the real host and the shipped content: each line of
/// eval/understanding/dev.tsv is the first message of a new web-chat conversation, judged as
/// shared/tools/eval-understanding.py judges it. Reports go into docs/routing-accuracy.md.
/// </summary>
public sealed class UnderstandingEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Share of in-scope messages (topics and messages to check) answered right directly.</summary>
    private const double InScopeGoal = 0.92;

    /// <summary>Share of out-of-scope, chit-chat, navigation and help messages answered without a topic or a verdict.</summary>
    private const double SoftGoal = 0.90;

    private static string Set(string name) => Path.Combine(RepositoryPaths.Root, "eval", "understanding", name);

    [Fact]
    public async Task TheDevelopmentSetMeetsTheUnderstandingGoalsEndToEnd()
    {
        using var factory = new BotFactory { ContentPath = RepositoryPaths.RealContent, Settings = { ["WebChat:Preview"] = "true" } };
        var evaluation = await UnderstandingEvaluation.RunAsync(factory.CreateClient(), UnderstandingSet.Read(Set("dev.tsv")));
        output.WriteLine(evaluation.Report());
        output.WriteLine(evaluation.Misses());

        Assert.True(evaluation.VerdictsOnPlainQuestions == 0, $"{evaluation.VerdictsOnPlainQuestions} plain questions got a scam verdict\n{evaluation.Report()}");
        Assert.True(evaluation.InScopeRight >= InScopeGoal, $"in scope right {evaluation.InScopeRight:P1} < {InScopeGoal:P0}\n{evaluation.Report()}");
        Assert.True(evaluation.SoftRight >= SoftGoal, $"out of scope right {evaluation.SoftRight:P1} < {SoftGoal:P0}\n{evaluation.Report()}");
    }

    /// <summary>The frozen holdout: measured and reported per category, never tuned on, so only its totals are printed.</summary>
    [Fact]
    public async Task TheFrozenHoldoutIsMeasuredWithoutShowingItsMessages()
    {
        using var factory = new BotFactory { ContentPath = RepositoryPaths.RealContent };
        var lines = UnderstandingSet.Read(Set("holdout.tsv"));
        var evaluation = await UnderstandingEvaluation.RunAsync(factory.CreateClient(), lines);
        output.WriteLine(evaluation.Report());
        output.WriteLine($"in scope right {evaluation.InScopeRight:P1}; out of scope right {evaluation.SoftRight:P1}; verdicts on plain questions {evaluation.VerdictsOnPlainQuestions}");

        Assert.True(lines.Count >= 300, "the frozen holdout has at least 300 messages");
        Assert.All(lines, l => Assert.Contains(l.Label, new[] { "eid", "welfare", "services", "scams", "check", "help", "menu", "out_of_scope" }));
    }
}
