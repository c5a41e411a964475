using Bot.Dialogs.Tests.Content;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>
/// A message that names one topic and nothing of the topic it resembles opens the one it names (round 9 of issue 14):
/// question words ("cần những gì", "bị sai thông tin") are shared by every topic, the words that name a topic are not.
/// Messages written for these tests.
/// </summary>
public sealed class NamedTopicTests
{
    private static UnderstandingDecision Decide(string text) => RealContent.Engine.Understander.Decide(text, CheckSignal.None);

    [Theory]
    [InlineData("chuyển hộ khẩu cho mẹ cần những gì", "services")]          // "cần những gì" is VNeID's "what do I need"
    [InlineData("lương hưu của mẹ tôi bị sai thông tin", "welfare")]       // "sai thông tin" is VNeID's wrong details
    [InlineData("hồ sơ mức 2 của tôi bị từ chối", "eid")]                  // as close to a rejected service file: asked before
    public void TheResidentSeesTheTopicTheirMessageNames(string text, string flow)
    {
        var result = RealContent.Engine.Run(null, InboundMessage.FromText(text), DateTimeOffset.UnixEpoch);

        Assert.Equal(flow, result.Record.Flow);
        Assert.NotEmpty(result.Replies);
        Assert.Equal("named-topic", result.Explanation?.Reason);
    }

    [Fact]
    public void AStoryThatNamesTwoTopicsOpensTheOneItsQuestionNames()
    {
        // Tells about a pension (welfare) and VNeID, and asks only about scanning the card's chip (VNeID).
        var decision = Decide(
            "Ông nhận lương hưu qua tài khoản ngân hàng mấy năm nay rồi. Thằng cháu cài VNeID cho ông trên cái máy cũ. " +
            "Máy cũ thế thì có quét chip được không cháu?");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("eid", decision.Target!.FlowId);
    }

    [Fact]
    public void AMessageThatNamesItsOwnTopicKeepsIt()
    {
        // Names VNeID and the ID card: both topics are named, so the ranking decides as before.
        var decision = Decide("VNeID báo sai thông tin căn cước thì sửa sao");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("eid", decision.Target!.FlowId);
        Assert.NotEqual("named-topic", decision.Explanation.Reason);
    }

    [Fact]
    public void AFarContenderIsNotOpenedForAStrayWord()
    {
        // Names nothing of welfare and "xe" of services, but services scores only half of the welfare money question.
        var decision = Decide("tháng này mẹ tôi chưa thấy tiền về tài khoản, có phải đi xe lên xã hỏi không");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("welfare", decision.Target!.FlowId);
    }

    [Fact]
    public void NamesMatchWholeWordsWithOrWithoutDiacritics()
    {
        var names = TopicNames.Folded(new Dictionary<string, IReadOnlyList<string>> { ["services"] = ["hộ khẩu", "xe"] });

        Assert.True(names.Named(" chuyen ho khau cho me ", "services"));
        Assert.False(names.Named(" xem giup toi ", "services"));   // "xe" inside "xem" is not the word
        Assert.False(names.Named(" ho khau ", "eid"));              // a topic without names is never named
    }
}
