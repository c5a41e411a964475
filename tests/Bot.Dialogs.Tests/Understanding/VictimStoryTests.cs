using Bot.Dialogs.Tests.Content;
using Bot.Dialogs.Text;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>
/// A resident telling what happened to them opens the scams topic, not the topic of the scam's pretext; a question
/// about that topic that only mentions money or a call keeps its topic. Stories written for these tests, with the shipped content.
/// </summary>
public sealed class VictimStoryTests
{
    private static UnderstandingDecision Decide(string text) => RealContent.Engine.Understander.Decide(text, CheckSignal.None);

    [Theory]
    [InlineData("Hôm kia có người gọi cho bố tôi xưng là cán bộ xã, bảo phải nâng cấp định danh điện tử lên mức 2 qua một ứng dụng, bố tôi cài vào xong thì tài khoản ngân hàng bị trừ mất tám triệu, giờ làm sao")]
    [InlineData("co nguoi goi bao tien tro cap nguoi gia cua me toi bi treo, muon nhan thi doc ma otp gui ve dien thoai, me toi doc roi, gio phai lam gi")]
    [InlineData("a woman called me saying she was from my bank and my account was locked, I sent money to unlock it and now she does not answer")]
    [InlineData("hôm qua có người tới nhà xưng cán bộ phường, bảo ông đưa căn cước cho họ chụp lại để làm hồ sơ nhận tiền hỗ trợ, giờ ông lo quá")] // round 8: papers handed over
    public void AVictimsStoryOpensTheScamsTopic(string story)
    {
        var decision = Decide(story);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("scams", decision.Target!.FlowId);
    }

    [Theory]
    [InlineData("Bố tôi lỡ chuyển cho một tài khoản lạ mười lăm triệu để được nhận tiền lương hưu sớm, giờ phải báo ai")]   // round 8: "lỡ chuyển" alone
    [InlineData("chu toi tham gia nhom dau tu tren mang, da gop 80 trieu roi moi biet la khong co du an nao, kien duoc khong")]
    public void AStoryOfMoneyAlreadyLostOpensTheScamsTopicWithoutSayingWhoCalled(string story)
    {
        var decision = Decide(story);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("scams", decision.Target!.FlowId);
    }

    [Theory]
    [InlineData("bà ngoại tôi bị người ta dụ mua thuốc bổ qua điện thoại, mất gần hai triệu mà không thấy hàng, giờ làm sao")] // round 10: told in the passive, lost by how much
    [InlineData("cháu tôi xin làm cộng tác viên bán hàng online, họ bắt nạp tiền giữ chỗ rồi biệt tăm, phải báo ai")]          // "họ bắt", the other side vanished
    [InlineData("ba toi da bam vo link nhan tien ho tro nguoi cao tuoi, gio co sao khong")]                                  // a link already opened, "bấm vô"
    [InlineData("my uncle lost money to a fake investment app his new friend recommended, what should he do")]
    public void AStoryToldInTheResidentsOwnWaysOpensTheScamsTopic(string story)
    {
        var decision = Decide(story);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("scams", decision.Target!.FlowId);
    }

    [Fact]
    public void ALostPhraseAloneIsEnoughOnlyWhereContentListsIt()
    {
        var cues = VictimStoryCues.Folded("scams", ["có người gọi"], ["chuyển tiền"], ["lỡ chuyển"]);

        Assert.True(cues.Tell(" bo toi lo chuyen muoi trieu cho tai khoan la "));
        Assert.False(cues.Tell(" bo toi da chuyen sang nhan luong huu qua tai khoan "));
    }

    [Fact]
    public void TheExplanationSaysItWasAVictimsStoryAndWhatItWouldHaveOpened()
    {
        var decision = Decide(
            "Mẹ tôi bảy mươi tuổi, hôm qua có người gọi điện xưng nhân viên bưu điện nói tiền lương hưu tháng này không chuyển được, " +
            "bảo mẹ cài ứng dụng để nhận, mẹ cài xong thì mất hết tiền trong thẻ");

        Assert.Equal("scams", decision.Target!.FlowId);
        Assert.Equal("victim-story", decision.Explanation.Reason);
        Assert.NotNull(decision.Explanation.RunnerUp);
    }

    [Theory]
    [InlineData("tiền trợ cấp của mẹ tôi chuyển vào tài khoản ngân hàng nào, có phải đăng ký không", "welfare")]                   // money moved, nobody tricked anyone
    [InlineData("cán bộ xã gọi điện bảo bà lên làm định danh mức 2 thì mang theo những giấy tờ gì", "eid")]                        // a call, but nothing asked for or lost
    [InlineData("tôi đổi điện thoại mới, tài khoản VNeID có phải đăng ký lại không, mã otp gửi về số cũ", "eid")]                  // an OTP, but nobody called
    [InlineData("ở trường họ bắt phải có giấy CT07 mới cho con nhập học, làm ở đâu", "services")]                                // round 10: "họ bắt", but nothing asked for or lost
    [InlineData("tôi mất hơn một tuần mới nhận được thẻ căn cước, làm lại thì mất khoảng bao lâu", "services")]                    // "mất hơn" is time here, and nobody did anything
    public void AQuestionAboutATopicThatMentionsMoneyOrACallKeepsItsTopic(string text, string flow)
    {
        var decision = Decide(text);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal(flow, decision.Target!.FlowId);
    }

    [Fact]
    public void TheScamsTopicMustBeWithinReachOfTheBestTopic()
    {
        var cues = VictimStoryCues.Folded("scams", ["có người gọi"], ["chuyển tiền cho"]);
        var arbiter = new VictimStoryArbiter(cues);
        const string story = "có người gọi bảo tôi chuyển tiền cho con trai đi học đại học ở thành phố thì làm thế nào cho nhanh";
        RouteCandidate Scams(double score) => new(new RouteTarget("scams", null), score);
        var services = new RouteCandidate(new RouteTarget("services", null), 0.60);

        Assert.Null(arbiter.Meant(story, [services, Scams(0.20)], minimum: 0.10));          // under half of the best topic
        Assert.Equal("scams", arbiter.Meant(story, [services, Scams(0.35)], minimum: 0.10)?.Target.FlowId);
        Assert.Null(arbiter.Meant("có người gọi chuyển tiền cho tôi", [services, Scams(0.35)], minimum: 0.10)); // too short to be a story
    }

    [Fact]
    public void ThanksAtTheEndOfALongStoryDoNotMakeItSmallTalk()
    {
        var decision = Decide(
            "chau oi ong nam nay bay muoi tuoi, thang truoc ra xa lam dinh danh muc 2 roi, cac chau bao vai ngay se co tin nhan, " +
            "nay hai tuan chua thay gi, ong co phai len xa lai khong hay cho tiep, ong cam on chau nhieu");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("eid", decision.Target!.FlowId);
    }
}
