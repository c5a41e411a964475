using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>A resident walks guided dialogs with buttons, numbers and words.</summary>
public sealed class GuidedDialogTests
{
    [Fact]
    public void NewResidentWhoSaysHelloSeesTheMenuWithEveryTopic() =>
        Fixtures.Talk().Send("xin chào")
            .ExpectAt("menu")
            .ExpectText("Bạn cần gì?")
            .ExpectButtons("Thẻ căn cước", "Tạm trú", "Cổng dịch vụ công");

    [Fact]
    public void PressingAMenuButtonOpensThatTopicAtItsFirstStep() =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước")
            .ExpectAt("card/start")
            .ExpectText("Bạn đã có thẻ chưa?")
            .ExpectButtons("Có", "Chưa", "Bị mất", "🏠 Menu chính");

    [Fact]
    public void TypingTheNumberOfAButtonChoosesIt() =>
        Fixtures.Talk().Send("hi").Send("1").ExpectAt("card/start")
            .Send("2").ExpectAt("card/ask_urgent")
            .Send("số 2").ExpectAt("card/apply");

    [Fact]
    public void ANumberWithNoSuchButtonIsNotUnderstoodAndTheOptionsAreRepeated() =>
        Fixtures.Talk().Send("hi").Send("1").Send("9")
            .ExpectAt("card/start")
            .ExpectOutcome(TurnOutcome.Fallback)
            .ExpectText("chưa hiểu")
            .ExpectButtons("Có", "Chưa", "Bị mất");

    [Fact]
    public void TypingAButtonsWordsWithoutDiacriticsPressesIt() =>
        Fixtures.Talk().Send("hi").Send("the can cuoc").ExpectAt("card/start")
            .Send("bi mat").ExpectAt("card/ask_urgent");

    [Fact]
    public void TypingYesOrNoWordsAnswersTheQuestion() =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước")
            .Send("vâng").ExpectAt("card/ask_urgent")
            .Send("ko").ExpectAt("card/done");

    [Theory]
    [InlineData("Bị mất", "Có", "card/lost_urgent")]
    [InlineData("Bị mất", "Không", "card/apply")]
    [InlineData("Có", "Có", "card/done")]
    [InlineData("Có", "Không", "card/done")]
    [InlineData("Chưa", "Có", "card/apply")]
    [InlineData("Chưa", "Không", "card/apply")]
    public void RememberedAnswersChooseTheBranch(string card, string urgent, string expected) =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press(card).Press(urgent).ExpectAt(expected);

    [Fact]
    public void ALinkButtonChosenByNumberGivesTheOfficialLinkAndStaysPut() =>
        Fixtures.Talk().Send("hi").Send("3")
            .ExpectAt("menu")
            .ExpectText("https://dichvucong.gov.vn");

    [Fact]
    public void AButtonCanOpenAnotherTopic() =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Chưa").Press("Không")
            .Press("Hỏi về tạm trú").ExpectAt("stay/intro")
            .Send("quay lại").ExpectAt("card/apply");

    [Fact]
    public void ContentActionButtonsGoBackOrToTheMenu()
    {
        var talk = Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Bị mất").Press("Có").ExpectAt("card/lost_urgent");
        talk.Press("Lùi lại").ExpectAt("card/ask_urgent");
        talk.Press("Có").Press("Về menu").ExpectAt("menu");
    }

    [Fact]
    public void StepsWithoutButtonsStillOfferBackAndMenu() =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Có").Press("Có")
            .ExpectAt("card/done")
            .ExpectButtons("⬅ Quay lại", "🏠 Menu chính");
}
