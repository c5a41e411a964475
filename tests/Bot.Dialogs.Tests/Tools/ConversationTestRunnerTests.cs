using Bot.Dialogs.Content;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

public sealed class ConversationTestRunnerTests
{
    private static (IReadOnlyList<ContentDiagnostic> Problems, IReadOnlyList<ConversationTestResult> Results) RunOne(string yaml)
    {
        using var content = new DraftContent(("tests/case.yaml", yaml));
        return ConversationTestSuite.Run(content.Folder);
    }

    [Fact]
    public void PassingScriptPasses()
    {
        var (problems, results) = RunOne("""
            tests:
              - name: "menu to level 2"
                steps:
                  - press: "VNeID"
                    expect: { at: eid/intro, buttons: "Tôi muốn làm mức 2" }
                  - press: "Tôi muốn làm mức 2"
                    expect: { at: eid/ask_chip }
                  - payload: "c:back"
                    expect: { at: eid/intro }
            """);

        Assert.Empty(problems);
        Assert.True(Assert.Single(results).Passed);
    }

    [Fact]
    public void FailureNamesTheStepAndPrintsTheTranscript()
    {
        var (_, results) = RunOne("""
            tests:
              - name: "wrong expectation"
                steps:
                  - user: "kich hoat vneid"
                    expect: { at: eid/intro }
                  - press: "Tôi muốn làm mức 2"
                    expect: { at: eid/level2, contains: "mức 3" }
            """);

        var result = Assert.Single(results);
        Assert.False(result.Passed);
        var text = result.Describe();
        Assert.StartsWith("tests/case.yaml:2:5: FAIL wrong expectation — step 2 (press: \"Tôi muốn làm mức 2\", line 6)", text, StringComparison.Ordinal);
        Assert.Contains("expected to be at eid/level2, but is at eid/ask_chip", text, StringComparison.Ordinal);
        Assert.Contains("no reply contains \"mức 3\"", text, StringComparison.Ordinal);
        Assert.Contains("user: \"kich hoat vneid\"", text, StringComparison.Ordinal);
        Assert.Contains("bot: VNeID là ứng dụng định danh", text, StringComparison.Ordinal);
        Assert.Contains("[Tôi muốn làm mức 2]", text, StringComparison.Ordinal);
        Assert.Contains("at: eid/ask_chip", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PressingALabelThatWasNotOfferedFailsWithTheOfferedLabels()
    {
        var (_, results) = RunOne("""
            tests:
              - name: "missing button"
                steps:
                  - payload: "f:eid"
                  - press: "Mức 3"
            """);

        var result = Assert.Single(results);
        Assert.Contains("no button labelled \"Mức 3\" was offered; offered: \"Tôi muốn làm mức 2\"", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void NotContainsCatchesTextThatMustNotBeShown()
    {
        var (_, results) = RunOne("""
            tests:
              - name: "forbidden words"
                steps:
                  - payload: "f:eid.level2"
                    expect: { not_contains: ["VÂN TAY"] }
            """);

        Assert.Contains("a reply contains \"VÂN TAY\"", Assert.Single(results).Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedTestFileIsReportedWithLinesAndDidYouMean()
    {
        var (problems, results) = RunOne("""
            tests:
              - name: "typo"
                steps:
                  - user: "menu"
                    expect: { att: menu }
                  - user: "a"
                    press: "b"
            """);

        Assert.Empty(results);
        Assert.Contains(problems, p => p.ToString().StartsWith("tests/case.yaml:5:19: error: unknown key 'att' (did you mean 'at'?)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ToString().StartsWith("tests/case.yaml:6:9: error: the step sends more than one thing", StringComparison.Ordinal));
    }

    [Fact]
    public void EnglishTestsSwitchLanguageFirst()
    {
        var (_, results) = RunOne("""
            tests:
              - name: "english"
                locale: en
                steps:
                  - press: "VNeID e-ID account"
                    expect: { at: eid/intro, contains: "VNeID is the", buttons: "🏠 Main menu" }
            """);

        var result = Assert.Single(results);
        Assert.True(result.Passed, result.Describe());
        Assert.Equal("(switch to English)", result.Transcript[0]);
    }
}
