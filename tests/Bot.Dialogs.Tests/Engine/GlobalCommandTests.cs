using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>Menu, back, restart, help, language and forget work from every step.</summary>
public sealed class GlobalCommandTests
{
    [Theory]
    [InlineData("menu")]
    [InlineData("Trang chủ")]
    [InlineData("/menu")]
    [InlineData("/start")]
    public void MenuWorksFromTheMiddleOfAFlow(string typed) =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Có")
            .Send(typed).ExpectAt("menu").ExpectButtons("Thẻ căn cước", "Tạm trú");

    [Fact]
    public void MenuAtTheMenuShowsTheMenuAgain() =>
        Fixtures.Talk().Send("hi").Payload("c:menu").ExpectAt("menu").ExpectButtons("Thẻ căn cước");

    [Fact]
    public void BackWalksBackOneStepAtATime() =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Có").Press("Không").ExpectAt("card/done")
            .Send("quay lai").ExpectAt("card/ask_urgent")
            .Send("quay lai").ExpectAt("card/start")
            .Payload("c:back").ExpectAt("menu");

    [Fact]
    public void BackWithNowhereToGoSaysSoAndStays() =>
        Fixtures.Talk().Send("hi").Send("tro lai").ExpectAt("menu").ExpectText("bước đầu tiên");

    [Fact]
    public void HistoryIsBoundedSoARecordStaysSmall()
    {
        var talk = Fixtures.Talk().Send("hi");
        for (var i = 0; i < 30; i++)
        {
            talk.Press("Thẻ căn cước").Send("menu");
        }

        Assert.True(talk.Record!.History.Count <= 10, $"history has {talk.Record.History.Count} entries");
    }

    [Fact]
    public void RestartGoesBackToTheFlowStartAndForgetsAnswers()
    {
        var talk = Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Bị mất").ExpectAt("card/ask_urgent");
        Assert.Equal("lost", talk.Record!.Answers["card"]);
        talk.Send("bat dau lai").ExpectAt("card/start");
        Assert.Empty(talk.Record!.Answers);
    }

    [Fact]
    public void HelpExplainsAndKeepsTheResidentWhereTheyWere() =>
        Fixtures.Talk().Send("hi").Press("Tạm trú").Send("giúp")
            .ExpectAt("stay/intro").ExpectText("113").ExpectText("Đăng ký tạm trú trên VNeID");

    [Fact]
    public void ResidentCanSwitchToEnglishAndBack()
    {
        var talk = Fixtures.Talk().Send("hi").Press("Tạm trú").Send("english")
            .ExpectAt("stay/intro").ExpectText("Switched to English").ExpectText("Register temporary residence")
            .ExpectButtons("What papers?", "🏠 Main menu");
        Assert.Equal("en", talk.Record!.Locale);
        talk.Send("/vi").ExpectText("Đã chuyển sang tiếng Việt").ExpectButtons("Cần giấy tờ gì?");
    }

    [Fact]
    public void AnEnglishPhoneStartsInEnglish() =>
        new Conversation(Fixtures.Engine, "en-US").Send("hello").ExpectText("What do you need?");

    [Fact]
    public void ForgetErasesTheConversationAndConfirms()
    {
        var talk = Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Có").Send("xóa dữ liệu của tôi");
        Assert.True(talk.Last!.Forget);
        talk.ExpectText("Đã xóa dữ liệu").ExpectOutcome(TurnOutcome.Command);
    }

    [Fact]
    public void DeepLinkOpensAFlowOrAStepDirectly()
    {
        Fixtures.Talk().Send("/start stay").ExpectAt("stay/intro");
        Fixtures.Talk().Send("/start card__lost_urgent").ExpectAt("card/lost_urgent");
        Fixtures.Talk().Send("/start@CongAnBot stay").ExpectAt("stay/intro");
    }

    [Fact]
    public void ADeepLinkToSomethingThatDoesNotExistShowsTheMenu() =>
        Fixtures.Talk().Send("/start no_such_flow").ExpectAt("menu").ExpectButtons("Thẻ căn cước");
}
