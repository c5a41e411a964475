using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tests.Text;

/// <summary>
/// A long story is scored by how much of an example it contains as well as by cosine similarity, so
/// the many words around the question no longer drown it; short messages are scored as before.
/// </summary>
public sealed class LongStoryRoutingTests
{
    private static readonly IntentRouter Router = new(
        [
            (new RouteTarget("eid", "forgot_password"), ["quên mật khẩu vneid", "vneid bị khóa do nhập sai mật khẩu"]),
            (new RouteTarget("welfare", null), ["tiền trợ cấp tháng này chưa về", "nhận lương hưu qua tài khoản"]),
            (new RouteTarget("scams", null), ["người gọi xưng công an bắt chuyển tiền", "bị lừa chuyển tiền"]),
            (new RouteTarget("services", null), ["đăng ký tạm trú cho người thuê trọ", "làm lại căn cước bị mất"]),
        ],
        new Dictionary<string, string>());

    // Written for this test: an elderly resident's story, the question at its end.
    private const string Story =
        "Chào cháu, bà năm nay bảy mươi hai tuổi ở xóm dưới, con trai đi làm xa nên ít khi về. Tuần trước nó cài " +
        "cho bà cái VNeID, giờ mở ra thì nó đòi mật khẩu, bà nhập mấy lần không đúng rồi nó khóa luôn. Bà quên mật khẩu " +
        "mất rồi, giờ bà phải làm thế nào hả cháu?";

    [Fact]
    public void ALongStoryReachesTheTopicItsQuestionIsAboutWithAScoreThatOpensIt()
    {
        var ranked = Router.Rank(Story);

        Assert.Equal(new RouteTarget("eid", "forgot_password"), ranked[0].Target);
        Assert.True(ranked[0].Score >= 0.4, $"a story that says every word of an example scored only {ranked[0].Score:0.00}");
        Assert.True(ranked[0].Score - ranked[1].Score >= 0.15, "the story's topic stands clearly ahead of the others");
    }

    [Fact]
    public void AShortMessageIsScoredByCosineAlone()
    {
        // Half of the example's words, and nothing else: cosine ≈ 0.6 whatever the length rule. The example itself
        // keeps three quarters of the flow's score; the rest comes from the flow's second-best example (the support).
        var exact = Router.Rank("quên mật khẩu vneid")[0];
        var partial = Router.Rank("mật khẩu vneid")[0];

        Assert.InRange(exact.Score, 0.75, 1.0);
        Assert.InRange(partial.Score, 0.4, exact.Score - 0.1);
    }
}
