using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Text;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Text;

/// <summary>Free text, with or without diacritics, abbreviations and small typos, finds its topic.</summary>
public sealed class FreeTextRoutingTests
{
    [Theory]
    [InlineData("Làm thẻ căn cước", "card/start")]
    [InlineData("lam the can cuoc", "card/start")]
    [InlineData("LAM THE CAN CUOC!!!", "card/start")]
    [InlineData("doi the cccd", "card/start")]
    [InlineData("đăng ký tạm trú", "stay/intro")]
    [InlineData("dang ky tam tru", "stay/intro")]
    [InlineData("dk tam tru", "stay/intro")]
    [InlineData("dang kys tam truu", "stay/intro")]
    [InlineData("mat the can cuoc can gap", "card/lost_urgent")]
    public void ResidentTypingFreeTextLandsOnTheRightStep(string typed, string expected) =>
        Fixtures.Talk().Send("hi").Send(typed).ExpectAt(expected).ExpectOutcome(TurnOutcome.Routed);

    [Fact]
    public void FreeTextWorksFromInsideAnotherFlow() =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Send("khai bao tam tru online").ExpectAt("stay/intro");

    [Theory]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("giá vàng hôm nay")]
    [InlineData("asdfgh qwerty")]
    public void OutOfScopeTextGetsTheMenuWithAHint(string typed) =>
        Fixtures.Talk().Send("hi").Send(typed)
            .ExpectAt("menu")
            .ExpectOutcome(TurnOutcome.Fallback)
            .ExpectText("chưa hiểu")
            .ExpectButtons("Thẻ căn cước", "Tạm trú");

    [Fact]
    public void AmbiguousTextOffersTheTopChoicesAsButtons()
    {
        var router = new IntentRouter(
            [
                (new RouteTarget("a", null), ["đăng ký xe máy"]),
                (new RouteTarget("b", null), ["đăng ký xe đạp"]),
                (new RouteTarget("c", null), ["thời tiết"]),
            ],
            new Dictionary<string, string>());

        var result = router.Route("dang ky xe");

        Assert.Equal(RouteKind.Ambiguous, result.Kind);
        Assert.Equal(["a", "b"], result.Candidates.Select(c => c.Target.FlowId).Order());
    }

    [Fact]
    public void AnAmbiguousMessageInTheEngineOffersChoicesThatOpenTheTopic()
    {
        var talk = Fixtures.Talk().Send("hi").Send("căn cước tạm trú");
        if (talk.Last!.Outcome == TurnOutcome.Ambiguous)
        {
            talk.ExpectText("Bạn muốn hỏi về việc nào?").Press("Đăng ký tạm trú").ExpectAt("stay/intro");
        }
        else
        {
            Assert.Equal(TurnOutcome.Routed, talk.Last.Outcome);
        }
    }

    [Theory]
    [InlineData("Đăng ký tạm trú", "dang ky tam tru")]
    [InlineData("ĐƯỜNG ĐI", "duong di")]
    [InlineData("Căn cước  công dân!!", "can cuoc cong dan")]
    [InlineData("Ơ ư ă â ê ô ơ", "o u a a e o o")]
    [InlineData("Hỏi\u00A0đáp", "hoi dap")]
    [InlineData("ca\u0300 phe\u0302", "ca phe")]
    public void FoldingRemovesCaseDiacriticsAndPunctuation(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));
}
