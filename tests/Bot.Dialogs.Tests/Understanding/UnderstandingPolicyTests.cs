using Bot.Dialogs.Tests.Content;
using Bot.Dialogs.Text;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>The one policy over the recognizers' candidates, on the shipped content.</summary>
public sealed class UnderstandingPolicyTests
{
    private static UnderstandingDecision Decide(string text, CheckSignal signal = CheckSignal.None) =>
        RealContent.Engine.Understander.Decide(text, signal);

    [Theory]
    [InlineData("tien tro cap nhan qua the ATM hay tai khoan", "welfare")]
    [InlineData("tien luong huu nhan qua tai khoan nhu the nao", "welfare")]
    [InlineData("vneid cua toi bi khoa thi lam the nao", "eid")]
    [InlineData("dấu hiệu nào cho biết người gọi là công an giả", "scams")]
    public void AQuestionFullOfScamWordsOpensItsTopicNotAVerdict(string text, string flow)
    {
        var decision = Decide(text);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal(flow, decision.Target!.FlowId);
    }

    [Fact]
    public void SomethingToCheckGetsTheVerdictWithTheTopicOfTheQuestionBesideIt()
    {
        var decision = Decide("link này có phải trang kích hoạt vneid thật không", CheckSignal.Link);

        Assert.Equal(DecisionKind.Check, decision.Kind);
        Assert.Equal("eid", decision.Target?.FlowId);
        Assert.Equal("link", decision.Explanation.Reason);
    }

    [Theory]
    [InlineData("giá vàng hôm nay thế nào")]
    [InlineData("kết quả xổ số miền nam")]
    [InlineData("cảm ơn bạn nhiều nha")]
    public void OutOfScopeMessagesGetNoTopic(string text) =>
        Assert.Equal(DecisionKind.OutOfScope, Decide(text).Kind);

    [Theory]
    [InlineData("mở danh sách các mục giúp tôi", "menu")]
    [InlineData("trở lại chỗ vừa nãy đi", "back")]
    [InlineData("chuyển qua tiếng anh giúp", "lang_en")]
    public void NavigationPhrasingsAreTheGlobalCommands(string text, string command)
    {
        var decision = Decide(text);

        Assert.Equal(DecisionKind.Navigate, decision.Kind);
        Assert.Equal(command, decision.Command);
    }

    [Fact]
    public void WhichDoYouMeanComesOnlyForCloseTopicsAndNeverWithOneChoice()
    {
        var policy = new UnderstandingPolicy(new RoutingOptions { Minimum = 0.1, Confident = 0.3, Margin = 0.05 });
        RouteCandidate Topic(string flow, double score) => new(new RouteTarget(flow, null), score);

        var close = policy.Decide([Topic("eid", 0.50), Topic("services", 0.48), Topic("welfare", 0.47), Topic("scams", 0.46)], CheckSignal.None);
        var clear = policy.Decide([Topic("eid", 0.50), Topic("services", 0.40)], CheckSignal.None);
        var alone = policy.Decide([Topic("eid", 0.25)], CheckSignal.None);

        Assert.Equal(DecisionKind.Ask, close.Kind);
        Assert.Equal(["eid", "services", "welfare"], close.Choices.Select(c => c.Target.FlowId));
        Assert.Equal(DecisionKind.Route, clear.Kind);
        Assert.Equal("services", clear.Explanation.RunnerUp);
        Assert.Equal(DecisionKind.Fallback, alone.Kind);
        Assert.Equal("not-confident", alone.Explanation.Reason);
    }

    [Theory]
    [InlineData("kichs hoatj taif khoanr vneid", "eid")]
    [InlineData("d9a8ng ky1 ta5m tru1", "services")]
    [InlineData("tieenf trowj caaps chuwa veef", "welfare")]
    public void KeyboardLeftoversAreUndoneBeforeRouting(string text, string flow) =>
        Assert.Equal(flow, Decide(text).Target?.FlowId);
}
