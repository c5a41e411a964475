using Bot.Dialogs.Content;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>The contact step shows the police of the resident's commune, or helps them choose it; only operator-written numbers appear.</summary>
public sealed class CommuneContactTests
{
    private const string Contact = "help/contact";

    [Fact]
    public void WithoutACommuneTheStepSaysHowToFindThePoliceAndOffersToChoose() =>
        Fixtures.TalkCards().Send("so dien thoai cong an phuong")
            .ExpectAt(Contact)
            .ExpectText("Chỉ gọi số điện thoại do công an công bố")
            .ExpectButtons("📍 Chọn xã, phường của bạn", "🏠 Menu chính");

    [Fact]
    public void AResidentWhoChoseTheirCommuneForAlertsSeesItsPolicePhoneAndAddress()
    {
        var talk = Fixtures.TalkCards().Remembering(AnswerKeys.Area, "thu-nghiem.mau-mot").Send("so dien thoai cong an phuong");

        talk.ExpectAt(Contact)
            .ExpectText("Công an Phường Mẫu Một, Tỉnh Thử Nghiệm:")
            .ExpectText("☎ Điện thoại: 0241 234 5678")
            .ExpectText("📍 Địa chỉ: Số 1 đường Thử Nghiệm")
            .ExpectText("Chỉ gọi số điện thoại do công an công bố")
            .ExpectButtons("📞 Gọi 0241 234 5678", "📍 Đổi xã, phường");
        var call = talk.Buttons[0];
        Assert.Equal("tel:+842412345678", call.Url);
        Assert.True(call.IsLink);
    }

    [Fact]
    public void ChoosingACommuneByTypingItsNameWithoutDiacriticsShowsItsPolice() =>
        Fixtures.TalkCards().Send("lien he cong an").Press("Liên hệ công an xã, phường")
            .Press("📍 Chọn xã, phường của bạn")
            .ExpectAt(Contact)
            .ExpectText("Bạn ở xã, phường nào?")
            .Send("mau mot")
            .ExpectAt(Contact)
            .ExpectText("☎ Điện thoại: 0241 234 5678")
            .ExpectButtons("📞 Gọi 0241 234 5678");

    [Fact]
    public void ANameThatFitsSeveralCommunesOffersThemAsButtons()
    {
        var talk = Fixtures.TalkCards().Send("so dien thoai cong an xa").Press("📍 Chọn xã, phường của bạn").Send("phường mẫu");

        talk.ExpectText("Bạn ở xã, phường nào dưới đây?")
            .ExpectButtons("Phường Mẫu Ba, Tỉnh Thử Nghiệm", "Phường Mẫu Một, Tỉnh Thử Nghiệm", "🏠 Menu chính");
        talk.Send("1").ExpectAt(Contact).ExpectText("☎ Điện thoại: +84 912 345 678");
        Assert.Equal("thu-nghiem.mau-ba", talk.Record!.Answers[AnswerKeys.Area]);
    }

    [Fact]
    public void ANameNotFoundIsAskedAgainAndTheNextTryStillCounts() =>
        Fixtures.TalkCards().Send("so dien thoai cong an xa").Press("📍 Chọn xã, phường của bạn")
            .Send("hoan kiem")
            .ExpectOutcome(TurnOutcome.Fallback)
            .ExpectText("Chưa tìm thấy xã, phường tên \"hoan kiem\"")
            .Send("xa mau hai")
            .ExpectAt(Contact)
            .ExpectText("Trợ lý chưa có số điện thoại của công an Xã Mẫu Hai, Tỉnh Thử Nghiệm.")
            .ExpectNoButton("📞 Gọi 0241 234 5678");

    [Fact]
    public void AQuestionTypedInsteadOfANameIsStillAnswered() =>
        Fixtures.TalkCards().Send("so dien thoai cong an xa").Press("📍 Chọn xã, phường của bạn")
            .Send("dang ky tam tru")
            .ExpectAt("services/tam_tru");

    [Fact]
    public void TheQuestionHoldsForOneTurnOnly() =>
        Fixtures.TalkCards().Send("so dien thoai cong an xa").Press("📍 Chọn xã, phường của bạn")
            .Send("menu").ExpectAt("menu")
            .Send("mau mot").ExpectOutcome(TurnOutcome.Fallback).ExpectAt("menu");

    [Fact]
    public void ChoosingFromAnOldMessageElsewhereOpensTheContactStep() =>
        Fixtures.TalkCards().Send("dang ky tam tru").Payload(Payloads.Area("thu-nghiem.mau-mot"))
            .ExpectAt(Contact)
            .ExpectText("0241 234 5678")
            .Press("⬅ Quay lại").ExpectAt("services/tam_tru");

    [Fact]
    public void AnUnknownCommuneFromAnOldButtonIsStale() =>
        Fixtures.TalkCards().Send("hi").Payload(Payloads.Area("ha-noi.khong-co"))
            .ExpectOutcome(TurnOutcome.Stale);

    [Fact]
    public void RestartingATopicKeepsTheCommuneButDeletingMyDataForgetsIt()
    {
        var talk = Fixtures.TalkCards().Remembering(AnswerKeys.Area, "thu-nghiem.mau-mot").Send("so dien thoai cong an xa").Send("làm lại");
        Assert.Equal("thu-nghiem.mau-mot", talk.Record!.Answers[AnswerKeys.Area]);

        talk.Send("xóa dữ liệu").Send("so dien thoai cong an xa").ExpectButtons("📍 Chọn xã, phường của bạn");
    }

    [Fact]
    public void EnglishReadersGetTheContactInEnglish() =>
        Fixtures.TalkCards().Remembering(AnswerKeys.Area, "thu-nghiem.mau-mot").Send("english").Send("police phone number")
            .ExpectAt(Contact)
            .ExpectText("Police of Phường Mẫu Một, Tỉnh Thử Nghiệm:")
            .ExpectText("☎ Phone: 0241 234 5678")
            .ExpectButtons("📞 Call 0241 234 5678", "📍 Change commune");

    [Fact]
    public void WithoutAnyPoliceContactsInTheAreasFileNoPickerIsOffered()
    {
        // The fixture content has no areas.yaml: nothing to show, so nothing to choose.
        var talk = Fixtures.Talk().Send("hi");

        Assert.DoesNotContain(talk.Buttons, b => b.Payload.StartsWith(Payloads.AreaPrefix, StringComparison.Ordinal));
        Assert.False(Fixtures.Engine.Content.Communes.HasContacts);
    }
}
