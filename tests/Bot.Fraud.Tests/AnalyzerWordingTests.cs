using Bot.Fraud.Analysis;

namespace Bot.Fraud.Tests;

/// <summary>
/// How the phrase rules read a message: the marks a resident typed settle words that fold alike,
/// amounts of money are told from dates and numbers, and a plain question is not bait.
/// </summary>
public sealed class AnalyzerWordingTests
{
    private readonly FraudAnalyzer _analyzer = TestContent.NewAnalyzer();

    private FraudVerdict Check(string text) => _analyzer.Analyze(text);

    [Theory]
    [InlineData("tien tro cap nhan qua the ATM hay tai khoan")]
    [InlineData("Tiền trợ cấp nhận qua thẻ ATM hay tài khoản?")]
    [InlineData("luong huu cua ba toi nhan qua buu dien hay qua tai khoan ngan hang")]
    public void ReceivingMoneyThroughACardOrAccountIsNotGiftBait(string text)
    {
        var verdict = Check(text);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code is "gift_bait" or "gift_link");
        Assert.Equal(RiskLevel.Low, verdict.Risk);
    }

    [Theory]
    [InlineData("Nhận quà tặng 500.000đ từ Chính phủ, điền thông tin tại quatet-vneid.vip")]
    [InlineData("nhan qua tet 500k tu nha nuoc tai quatet-vneid.vip")]
    public void AGiftThroughALinkIsStillFlaggedWithOrWithoutMarks(string text)
    {
        var verdict = Check(text);
        Assert.Contains(verdict.Reasons, r => r.Code == "gift_bait");
        Assert.Equal(RiskLevel.High, verdict.Risk);
    }

    [Theory]
    [InlineData("Bưu điện: thẻ căn cước của bạn đang được phát, bưu tá sẽ giao trong 1-2 ngày.")]
    [InlineData("Thông báo: bạn có giấy hẹn tại công an xã lúc 8h để nhận thẻ căn cước.")]
    [InlineData("Muốn kiểm tra thông tin thuê bao, hãy mang căn cước đến cửa hàng của nhà mạng.")]
    public void WordsThatOnlyLookLikeARequestForIdDataAreNotOne(string text)
    {
        Assert.DoesNotContain(Check(text).Reasons, r => r.Code == "personal_data_request");
    }

    [Theory]
    [InlineData("Chị điền số căn cước và số tài khoản vào đây giúp em nhé.")]
    [InlineData("chi nhan tin cho em so can cuoc va so tai khoan nhe")]
    public void ARealRequestForIdDataIsStillCaught(string text)
    {
        Assert.Contains(Check(text).Reasons, r => r.Code == "personal_data_request");
    }

    [Theory]
    [InlineData("Ma OTP 389104 dung de xac nhan doi mat khau. Nhan vien ngan hang se KHONG bao gio hoi ma nay.")]
    [InlineData("so dien thoai cua toi co nhan duoc ma OTP vneid khong")]
    public void ConfirmingOrReceivingACodeIsNotBeingAskedForIt(string text)
    {
        Assert.DoesNotContain(Check(text).Reasons, r => r.Code is "otp_request" or "password_request");
    }

    [Fact]
    public void APlainSmsPastedIntoAQuestionTypedWithMarksIsStillRead()
    {
        var verdict = Check("Tôi nhận được tin này, có thật không? \"Ban co khoan phat nguoi chua nop, nop phat tai csgt-phat.top truoc 24h\"");
        Assert.Contains(verdict.Reasons, r => r.Code == "traffic_fine_link");
        Assert.Equal(RiskLevel.High, verdict.Risk);
    }

    [Theory]
    [InlineData("Con oi me chuyen khoan cho con 2 trieu roi do, con xem nhan duoc chua.")]
    [InlineData("Ông ơi cháu chuyển vào tài khoản của mẹ rồi, mẹ sẽ đưa ông.")]
    [InlineData("FPT Telecom: hoa don internet thang 11 la 220.000d, vui long thanh toan truoc 15/12 qua app Hi FPT.")]
    public void SayingMoneyWasSentOrABillIsDueIsNotAMoneyRequest(string text)
    {
        Assert.DoesNotContain(Check(text).Reasons, r => r.Code == "money_request");
    }

    [Theory]
    [InlineData("ZALO: chị là giáo viên của bé, bé bị sốt đang ở trạm y tế, em chuyển 2 triệu viện phí cho chị nhé")]
    [InlineData("Anh đổi số mới rồi, đang kẹt, em chuyển giúp anh 5tr vào tài khoản này, tối anh trả")]
    public void SomeoneWritingAsARelativeInTroubleAndAskingForMoneyIsFlagged(string text)
    {
        var verdict = Check(text);
        Assert.Contains(verdict.Reasons, r => r.Code == "relative_money");
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }
}
