using Bot.Dialogs.Tests.Content;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>Long stories with the shipped content: they open their topic, and never a navigation command.</summary>
public sealed class LongMessageUnderstandingTests
{
    private static UnderstandingDecision Decide(string text) => RealContent.Engine.Understander.Decide(text, CheckSignal.None);

    [Fact]
    public void AShortNavigationPhrasingStillNavigates()
    {
        var decision = Decide("quay lại bước trước");

        Assert.Equal(DecisionKind.Navigate, decision.Kind);
    }

    [Fact]
    public void AStoryWithAStrayNavigationWordIsNeverTakenForACommand()
    {
        // "trở về" is a navigation phrasing; here it is part of a story about a relative coming home.
        var decision = Decide(
            "Chú ơi, em gái tôi đi làm ở Đài Loan ba năm nay mới trở về nhà, giờ nó ở với vợ chồng tôi luôn, " +
            "có phải đăng ký thường trú lại cho nó không hay giữ như cũ");

        Assert.NotEqual(DecisionKind.Navigate, decision.Kind);
        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("services", decision.Target!.FlowId);
    }

    [Fact]
    public void AnElderlyStoryOpensItsTopicInsteadOfFallingBack()
    {
        var decision = Decide(
            "Chào cháu, ông năm nay bảy mươi lăm tuổi, mắt kém, con cháu ở xa cả. Tháng trước thằng cháu cài cho ông " +
            "cái ứng dụng VNeID, hôm nay ông bấm vào thì nó đòi mật khẩu mà ông quên mất rồi. Ông phải làm sao cháu?");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("eid", decision.Target!.FlowId);
    }

    [Fact]
    public void AStoryAboutSomethingElseOpensNoTopic()
    {
        // Shares everyday words with the topics ("tiền", "về", "con cái") but asks about none of them.
        var decision = Decide(
            "Hôm qua nhà tôi có đám giỗ ông nội, họ hàng về đông lắm, mọi người ăn uống rồi ngồi nói chuyện " +
            "mùa màng năm nay được hay mất, chuyện con cái học hành, rồi chuyện tiền bạc, cuối cùng ai về nhà nấy.");

        Assert.NotEqual(DecisionKind.Route, decision.Kind);
        Assert.NotEqual(DecisionKind.Ask, decision.Kind);
    }
}
