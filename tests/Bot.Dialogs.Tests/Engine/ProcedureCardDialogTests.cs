using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>A resident uses a procedure card exactly like any other guided step: taps, numbers, words, both languages, back and menu.</summary>
public sealed class ProcedureCardDialogTests
{
    [Fact]
    public void ResidentWhoTypesWithoutDiacriticsReachesTheCardsOverview() =>
        Fixtures.TalkCards().Send("thue tro co phai dang ky tam tru khong")
            .ExpectOutcome(TurnOutcome.Routed)
            .ExpectAt("services/tam_tru")
            .ExpectText("📋 Đăng ký tạm trú")
            .ExpectButtons("Giấy tờ cần có", "Lệ phí, thời gian", "Làm trên mạng", "Làm trực tiếp", "🏠 Menu chính");

    [Fact]
    public void TheOverviewOffersOnlyTheSectionsTheCardHasInTheFixedOrder()
    {
        var talk = Fixtures.TalkCards().Send("thong bao luu tru").ExpectAt("services/luu_tru");

        Assert.Equal(["Làm trên mạng", "Làm trực tiếp", "⬅ Quay lại", "🏠 Menu chính"], talk.Buttons.Select(b => b.Label));
    }

    [Fact]
    public void EachSectionHasItsOwnStepWithAWayBackToTheCardBackAndMenu() =>
        Fixtures.TalkCards().Send("dang ky tam tru").Press("Giấy tờ cần có")
            .ExpectAt("services/tam_tru_docs")
            .ExpectText("📋 Đăng ký tạm trú · Giấy tờ cần có")
            .ExpectText("tờ khai CT01")
            .ExpectButtons("↩ Đăng ký tạm trú", "⬅ Quay lại", "🏠 Menu chính")
            .Press("↩ Đăng ký tạm trú").ExpectAt("services/tam_tru")
            .Press("Lệ phí, thời gian").ExpectAt("services/tam_tru_fee").ExpectText("7.000 đồng")
            .Press("⬅ Quay lại").ExpectAt("services/tam_tru")
            .Press("🏠 Menu chính").ExpectAt("menu");

    [Fact]
    public void TypingASectionsNumberOrItsWordsOpensIt() =>
        Fixtures.TalkCards().Send("dang ky tam tru")
            .Send("3").ExpectAt("services/tam_tru_online").ExpectText("Xin xác nhận qua VNeID")
            .Send("1").ExpectAt("services/tam_tru")
            .Send("lam truc tiep").ExpectAt("services/tam_tru_office");

    [Fact]
    public void EnglishReadersGetTheCardAndItsButtonsInEnglish() =>
        Fixtures.TalkCards().Send("english").Send("register temporary residence")
            .ExpectAt("services/tam_tru")
            .ExpectText("📋 Temporary residence")
            .ExpectButtons("Documents needed", "Fee and time", "Do it online", "In person", "🏠 Main menu")
            .Press("Fee and time").ExpectText("7,000 VND").ExpectButtons("↩ Temporary residence");

    [Fact]
    public void TheTopicsOwnStepLeadsToItsCards() =>
        Fixtures.TalkCards().Send("hi").Press("Thủ tục cư trú").ExpectAt("services/intro")
            .Press("Thông báo lưu trú").ExpectAt("services/luu_tru")
            .Press("Làm trực tiếp").ExpectAt("services/luu_tru_office");

    [Fact]
    public void ADeepLinkOpensTheCardOrOneOfItsSections()
    {
        Fixtures.TalkCards().Send("/start services__tam_tru").ExpectAt("services/tam_tru");
        Fixtures.TalkCards().Send("/start services__tam_tru_fee").ExpectAt("services/tam_tru_fee");
        Fixtures.TalkCards().Payload(Payloads.Flow("services", "luu_tru")).ExpectAt("services/luu_tru");
    }

    [Fact]
    public void AConversationThatOpenedACardIsInItsTopicFlow()
    {
        var talk = Fixtures.TalkCards().Send("dang ky tam tru");

        Assert.Equal(("services", "tam_tru"), (talk.Record!.Flow, talk.Record.Node));
    }

    [Fact]
    public void WhenTypedTextFitsACardLooselyTheChoiceIsNamedAfterTheCard()
    {
        var talk = Fixtures.TalkCards().Send("bao cho cong an");

        talk.ExpectOutcome(TurnOutcome.Ambiguous);
        Assert.Contains(talk.Buttons, b => b.Label == "Thông báo lưu trú" && b.Payload == "f:services.luu_tru");
        // The help choice may land on its contact step (the step that fits best); the resident sees the topic's name either way.
        Assert.Contains(talk.Buttons, b => b.Label == "Trợ giúp và liên hệ công an" && b.Payload.StartsWith("f:help", StringComparison.Ordinal));
    }

    [Fact]
    public void RestartOnACardSectionGoesBackToTheTopicsStart() =>
        Fixtures.TalkCards().Send("dang ky tam tru").Press("Giấy tờ cần có").Send("làm lại").ExpectAt("services/intro");

    [Fact]
    public void TheDiagramOfTheTopicShowsTheCardsSteps()
    {
        var mermaid = Bot.Dialogs.Tools.DialogGraph.Mermaid(Fixtures.Cards, "services");

        Assert.Contains("services/tam_tru --> services/tam_tru_docs", mermaid, StringComparison.Ordinal);
        Assert.Contains("services/tam_tru_docs --> services/tam_tru", mermaid, StringComparison.Ordinal);
        Assert.Contains("services/luu_tru_office", mermaid, StringComparison.Ordinal);
        Assert.Contains("and its procedure cards (`content/procedures/luu_tru.yaml`, `content/procedures/tam_tru.yaml`)",
            Bot.Dialogs.Tools.DialogGraph.Markdown(Fixtures.Cards, "services"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldButtonOfARemovedCardSectionIsStaleNotAnError()
    {
        var stale = Fixtures.TalkCards().Send("thong bao luu tru").Payload("b:services:luu_tru:docs");

        stale.ExpectOutcome(TurnOutcome.Stale).ExpectText("Nút này đã cũ");
    }
}
