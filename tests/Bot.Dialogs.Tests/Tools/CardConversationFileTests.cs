using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

/// <summary>Editors' conversation tests (<c>tests/*.yaml</c>) walk procedure cards like any flow.</summary>
public sealed class CardConversationFileTests
{
    [Fact]
    public void TheCardContentsConversationTestsPass()
    {
        var (problems, results) = ConversationTestSuite.Run(RepositoryPaths.CardContent);

        Assert.Empty(problems);
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, r.Describe()));
    }

    [Fact]
    public void AConversationTestThatExpectsTheWrongCardStepFailsWithTheTranscript()
    {
        using var draft = new CardDraft();
        draft.Edit("tests/cards.yaml", "expect: { at: services/tam_tru_docs,", "expect: { at: services/tam_tru_fee,");

        var (_, results) = ConversationTestSuite.Run(draft.Folder);

        var failed = Assert.Single(results, r => !r.Passed);
        Assert.Contains("expected to be at services/tam_tru_fee, but is at services/tam_tru_docs", failed.Failure, StringComparison.Ordinal);
        Assert.Contains("bot: 📋 Đăng ký tạm trú · Giấy tờ cần có", failed.Describe(), StringComparison.Ordinal);
    }
}
