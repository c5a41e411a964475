using Bot.Dialogs.Tests.Content;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>
/// A long story is routed by the clause that asks when the story tells about one topic and asks about another (round 8
/// of issue 14); a clause that names no topic of its own leaves the story's topic. Stories written for these tests.
/// </summary>
public sealed class AskedClauseTests
{
    private static UnderstandingDecision Decide(string text) => RealContent.Engine.Understander.Decide(text, CheckSignal.None);

    [Fact]
    public void TheClauseThatAsksIsTheLastSentenceWithAQuestion()
    {
        var clause = AskedClause.Find(
            "Tôi nghe ngoài chợ nói lừa đảo nhiều lắm. Con tôi đi làm xa. Cho tôi hỏi làm căn cước cho cháu nội thì mang giấy gì? Cảm ơn cháu.");

        Assert.Equal("Cho tôi hỏi làm căn cước cho cháu nội thì mang giấy gì?", clause);
    }

    [Fact]
    public void AShortQuestionTakesTheSentenceBeforeIt()
    {
        var clause = AskedClause.Find("Bà mới đổi điện thoại. Cái VNeID trên máy mới đòi mã từ máy cũ. Giờ làm sao?");

        Assert.Equal("Cái VNeID trên máy mới đòi mã từ máy cũ. Giờ làm sao?", clause);
    }

    [Theory]
    [InlineData("vneid của tôi bị khóa thì làm sao")]                          // one sentence: the whole message asks
    [InlineData("Hôm qua trời mưa to. Đường trong xóm ngập hết cả.")]         // nothing asked
    public void AMessageWithoutASeparateAskingClauseHasNone(string text) => Assert.Null(AskedClause.Find(text));

    [Theory]
    [InlineData("Nghe trên loa xã nói bọn lừa đảo giả danh công an gọi điện nhiều lắm, ông sợ không dám nghe máy. Ông hỏi cái này thôi: ứng dụng VNeID thật thì tải ở đâu, cài thế nào cho đúng?", "eid")]
    [InlineData("Dạo này ti vi hay nói chuyện lừa đảo qua mạng, giả công an, giả ngân hàng, tôi không dám nhờ ai. Tôi muốn tự xin giấy xác nhận cư trú CT07 cho bố tôi trên mạng thì có được không?", "services")]
    public void AWarningHeardThenAPlainQuestionOpensTheQuestionsTopic(string story, string flow)
    {
        var decision = Decide(story);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal(flow, decision.Target!.FlowId);
    }

    [Fact]
    public void AStoryWhoseQuestionNamesNoTopicKeepsTheStorysTopic()
    {
        // "Có cách nào khác không?" names nothing; the story is about the VNeID face check.
        var decision = Decide(
            "Ông già rồi, điện thoại con cài cho cứ bắt xác thực khuôn mặt trên VNeID, ông quay mãi mà không nhận. Có cách nào khác không cháu?");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("eid", decision.Target!.FlowId);
    }

    [Fact]
    public void AVictimsStoryThatAsksWhatToDoStaysWithScams()
    {
        var decision = Decide(
            "Mẹ tôi bị lừa mất hai mươi triệu, họ bảo đóng thuế để nhận kiện hàng từ nước ngoài. Giờ trình báo thì mang theo gì?");

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("scams", decision.Target!.FlowId);
    }
}
