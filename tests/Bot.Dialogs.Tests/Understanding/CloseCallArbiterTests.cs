using Bot.Dialogs.Text;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>A tie between two topics is settled by the story's own question, and only then.</summary>
public sealed class CloseCallArbiterTests
{
    private static readonly RouteCandidate Lodging = new(new RouteTarget("lodging", null), 0.40);
    private static readonly RouteCandidate Allowance = new(new RouteTarget("allowance", null), 0.39);

    private static readonly IntentRouter Router = new(
        [
            (Lodging.Target, ["đăng ký tạm trú cho người thuê trọ", "khai báo tạm trú ở đâu"]),
            (Allowance.Target, ["nhận tiền trợ cấp hàng tháng", "tiền trợ cấp người già chưa về"]),
        ],
        new Dictionary<string, string>());

    private static readonly CloseCallArbiter Arbiter = new(Router);

    [Fact]
    public void TheTopicTheLastSentenceAsksAboutWinsATie()
    {
        var meant = Arbiter.Settle(
            "Nhà tôi có hai người thuê trọ, bà cụ bên cạnh thì tháng nào cũng nhận tiền trợ cấp. Tôi phải đi khai báo tạm trú cho hai người thuê ở đâu?",
            [Lodging, Allowance]);

        Assert.Equal(Lodging.Target, meant?.Target);
    }

    [Fact]
    public void AOneSentenceMessageIsStillAsked() =>
        Assert.Null(Arbiter.Settle("người thuê trọ nhận tiền trợ cấp hàng tháng có phải khai báo tạm trú", [Lodging, Allowance]));

    [Fact]
    public void ALastSentenceThatNamesNeitherTopicIsStillAsked() =>
        Assert.Null(Arbiter.Settle(
            "Nhà tôi có người thuê trọ, bà cụ bên cạnh nhận tiền trợ cấp hàng tháng. Ôi rối quá, ai chỉ giùm với.",
            [Lodging, Allowance]));

    [Fact]
    public void AVeryShortLastSentenceTakesTheOneBeforeIt() =>
        Assert.Equal(
            "tôi lên xã báo tạm trú cho họ có được không",
            CloseCallArbiter.Question("Bà cụ nhận trợ cấp. Tôi lên xã báo tạm trú cho họ, có được không?")?.ToLowerInvariant());

    [Fact]
    public void ASettledTieBelowTheConfidentScoreIsStillAQuestion()
    {
        var policy = new UnderstandingPolicy(new RoutingOptions { Minimum = 0.1, Confident = 0.5, Margin = 0.05 });
        var ask = policy.Decide([Lodging, Allowance], CheckSignal.None);

        Assert.Equal(DecisionKind.Ask, ask.Kind);
        Assert.Same(ask, policy.Settled(ask, Lodging));

        var confident = new UnderstandingPolicy(new RoutingOptions { Minimum = 0.1, Confident = 0.3, Margin = 0.05 });
        var settled = confident.Settled(confident.Decide([Lodging, Allowance], CheckSignal.None), Lodging);
        Assert.Equal(DecisionKind.Route, settled.Kind);
        Assert.Equal("close-settled-by-question", settled.Explanation.Reason);
        Assert.Equal("allowance", settled.Explanation.RunnerUp);
    }
}
