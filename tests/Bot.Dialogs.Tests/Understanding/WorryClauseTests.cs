using Bot.Dialogs.Tests.Content;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>
/// Round 11: a resident's own question keeps its topic when the scam words are only in what they fear ("sợ bị lừa");
/// a victim's story with a fear in it, and a question about a kind of call, still open the scams topic. Phrasings
/// written for these tests, with the shipped content.
/// </summary>
public sealed class WorryClauseTests
{
    private static UnderstandingDecision Decide(string text) => RealContent.Engine.Understander.Decide(text, CheckSignal.None);

    [Theory]
    [InlineData("Hộ chiếu bị mất, sợ người ta dùng giả mạo, báo mất ở đâu", "hộ chiếu bị mất, báo mất ở đâu")]
    [InlineData("mat the can cuoc, so nguoi ta lay vay tien, lam lai o dau", "mat the can cuoc, lam lai o dau")]
    [InlineData("Tôi lo lắng lắm. Thẻ căn cước bị rơi, làm lại mất bao lâu?", "Thẻ căn cước bị rơi, làm lại mất bao lâu?")]
    public void TheMessageWithoutItsFearIsWhatItAsks(string text, string asked) =>
        Assert.Equal(asked, WorryClause.Without(text), ignoreCase: true);

    [Theory]
    [InlineData("căn cước gắn chip có mấy số, số định danh ở đâu")] // "số" is a number, not a fear
    [InlineData("so dien thoai cong an xa la bao nhieu")]           // no marks: "so" alone is a number
    [InlineData("sợ quá")]                                         // the fear is all it says
    public void AMessageWithNoOtherClauseThanAFearHasNothingLeftOrNoFear(string text) =>
        Assert.Null(WorryClause.Without(text));

    [Theory]
    [InlineData("Căn cước của tôi bị rơi ngoài chợ, tôi sợ kẻ gian nhặt được đem đi lừa đảo, giờ làm lại thẻ ở đâu", "services")]
    [InlineData("ho chieu cua con toi bi mat, so bi ke xau gia mao, bao mat o dau", "services")]
    public void AQuestionWhoseScamWordsAreOnlyInItsFearOpensItsOwnTopic(string text, string flow)
    {
        var decision = Decide(text);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal(flow, decision.Target!.FlowId);
    }

    [Fact]
    public void TheExplanationSaysTheFearWasLeftOutAndWhatItWouldHaveOpened()
    {
        var decision = Decide("Căn cước của tôi bị rơi ngoài chợ, tôi sợ kẻ gian nhặt được đem đi lừa đảo, giờ làm lại thẻ ở đâu");

        Assert.Equal("worry-clause", decision.Explanation.Reason);
        Assert.Contains("scams", decision.Explanation.RunnerUp);
    }

    [Theory]
    [InlineData("hôm qua có người gọi xưng công an bảo cập nhật căn cước, ông chuyển tiền cho họ rồi, giờ ông sợ lắm, phải làm sao")] // money already lost
    [InlineData("có đứa gọi bảo đọc mã otp để làm lại hộ chiếu, tôi đọc rồi, sợ bị lừa, giờ sao")]                               // a code handed over
    [InlineData("bố tôi đưa số căn cước cho một người nói làm hồ sơ hỗ trợ, rồi cho chụp mặt nữa, giờ lo bị lấy thông tin, phải làm sao")] // papers and face scan handed over
    [InlineData("công an gọi bảo tôi cập nhật căn cước qua ứng dụng, nghi là lừa đảo, có đúng không")]                         // a kind of call
    public void AVictimsStoryOrAQuestionAboutAKindOfCallStaysWithScams(string text)
    {
        var decision = Decide(text);

        Assert.Equal("scams", decision.Target?.FlowId);
    }
}
