using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tests.Text;

/// <summary>
/// Within one flow, a resident lands on the step that answers them: a flow's general examples often
/// repeat what one step is about, and the step is still where the question belongs.
/// </summary>
public sealed class StepLandingTests
{
    // The shape of the shipped welfare flow: its general examples name "this month's money has not
    // arrived" too, and a step answers exactly that.
    private static readonly IntentRouter Router = new(
        [
            (new RouteTarget("welfare", null), [
                "tiền an sinh", "nhận trợ cấp qua tài khoản", "tiền trợ cấp tháng này chưa về tài khoản ngân hàng",
                "lương hưu", "tiền quà tết của nhà nước"]),
            (new RouteTarget("welfare", "not_arrived"), [
                "tiền trợ cấp chưa về tài khoản", "tháng này chưa nhận được tiền trợ cấp", "chưa nhận được lương hưu tháng này"]),
            (new RouteTarget("welfare", "to_account"), ["chuyển từ tiền mặt sang tài khoản", "nhận an sinh qua ngân hàng"]),
            (new RouteTarget("welfare", "pension"), ["lương hưu nhận qua tài khoản"]),
            (new RouteTarget("eid", null), ["đăng ký vneid", "tài khoản định danh điện tử"]),
        ],
        new Dictionary<string, string>());

    [Theory]
    [InlineData("tien tro cap thang nay chua ve tai khoan")]
    [InlineData("sao tiền trợ cấp tháng này chưa về tài khoản")]
    public void AQuestionOneStepAnswersLandsOnThatStepEvenWhenTheFlowsGeneralExamplesFitBetter(string typed)
    {
        var best = Router.Rank(typed)[0];

        Assert.Equal(new RouteTarget("welfare", "not_arrived"), best.Target);
    }

    [Theory]
    [InlineData("tien an sinh")]
    [InlineData("tiền an sinh qua tài khoản")]
    public void AGeneralQuestionThatFitsSeveralStepsStaysAtTheFlowsStart(string typed)
    {
        var best = Router.Rank(typed)[0];

        Assert.Equal(new RouteTarget("welfare", null), best.Target);
    }

    [Fact]
    public void TheFlowKeepsItsScoreWhereverItLands()
    {
        var ranked = Router.Rank("tien tro cap thang nay chua ve tai khoan");

        Assert.Equal("welfare", ranked[0].Target.FlowId);
        Assert.True(ranked[0].Score > 0.8, $"the flow's own best example still scores it: {ranked[0].Score:0.00}");
    }
}
