namespace Bot.Dialogs.Tests.Content;

/// <summary>Conversations a resident would have, through the real engine and content, in both languages.</summary>
public sealed class ConversationScenarioTests
{
    private static Chat NewChat(string locale = "vi")
    {
        var chat = new Chat(RealContent.Engine);
        return locale == "en" ? chat.Send("c:lang_en") : chat.Send("c:menu");
    }

    [Fact]
    public void ResidentWhoTypesWithoutDiacriticsReachesTheForgotPasswordStep()
    {
        var chat = NewChat().Type("quen mat khau vneid");

        Assert.Equal("eid/forgot_password", chat.At);
        Assert.Contains("Quên mật khẩu", chat.LastText);
    }

    [Fact]
    public void ActivationTroubleWithTheRightNumberEndsAtTheMissingOtpAdvice()
    {
        var chat = NewChat().Type("vneid bi loi ko lam duoc");
        Assert.Equal("eid/trouble", chat.At);

        chat.Press("Không kích hoạt được").Press("Đã nhận").Press("Số đúng, vẫn lỗi");

        Assert.True(chat.At == "eid/otp_fail", chat.Transcript);
        Assert.Contains("OTP", chat.LastText);
    }

    [Fact]
    public void PhoneTroubleWithTheRightNumberEndsAtTheGeneralAdviceNotTheOtpStep()
    {
        var chat = NewChat("en").Send("f:eid.trouble").Press("Phone number or data problem").Press("Phone number problem").Press("Number is right, still fails");

        Assert.True(chat.At == "eid/still_fails", chat.Transcript);
        Assert.Contains("commune or ward police", chat.LastText);
    }

    [Fact]
    public void ActivationNotYetApprovedExplainsTheWaitAndShowsTheRealSms()
    {
        var chat = NewChat().Send("f:eid.trouble").Press("Không kích hoạt được").Press("Chưa nhận");
        Assert.Equal("eid/not_approved", chat.At);

        chat.Press("Tin nhắn thật trông ra sao?");

        Assert.Equal("eid/sms", chat.At);
        Assert.Contains("vneid.gov.vn", chat.LastText);
    }

    [Fact]
    public void ANumberAlreadyUsedByARelativeLeadsToChangingTheNumber()
    {
        var chat = NewChat().Send("f:eid.trouble").Press("Lỗi số điện thoại, thông tin").Press("Vấn đề số điện thoại").Press("Người thân đã dùng số này");

        Assert.Equal("eid/change_phone", chat.At);
        Assert.Contains("1900 0368", chat.LastText);
    }

    [Theory]
    [InlineData("Còn", "eid/new_phone")]
    [InlineData("Mất rồi / hỏng", "eid/lost_phone")]
    public void ANewOrLostPhoneIsAskedAboutTheOldPhoneFirst(string answer, string expected)
    {
        var chat = NewChat().Send("f:eid.trouble").Press("Không đăng nhập được").Press("Đổi điện thoại mới hoặc mất máy");
        Assert.Equal("eid/ask_old_phone", chat.At);

        chat.Press(answer);

        Assert.Equal(expected, chat.At);
    }

    [Fact]
    public void ResidentWithoutAChipCardIsToldToAskForLevelTwoWithTheNewCard()
    {
        var chat = NewChat().Type("lam dinh danh muc 2 o dau").Send("f:eid.ask_chip").Type("chua");
        Assert.Equal("eid/ask_sim", chat.At);

        chat.Type("co");

        Assert.True(chat.At == "eid/need_card", chat.Transcript);
    }

    [Fact]
    public void ResidentWithCardAndOwnSimIsSentToAnyCommunePoliceForLevelTwo()
    {
        var chat = NewChat("en").Send("f:eid.ask_chip").Press("Yes").Press("Yes, my own");

        Assert.Equal("eid/level2", chat.At);
        Assert.Contains("any commune or ward police office", chat.LastText);
        Assert.Contains("in person", chat.LastText);
    }

    [Fact]
    public void TypingTheNumberOfAButtonPressesIt()
    {
        var chat = NewChat().Type("2");

        Assert.Equal("welfare/intro", chat.At);

        chat.Type("4");

        Assert.Equal("welfare/link", chat.At);
    }

    [Fact]
    public void WelfareLinkingIsWalkedOneStepPerMessage()
    {
        var chat = NewChat().Type("lien ket tai khoan an sinh tren vneid");
        Assert.Equal("welfare/link", chat.At);

        chat.Press("Bắt đầu bước 1");
        Assert.Contains("An sinh xã hội", chat.LastText);
        chat.Press("Bước 2").Press("Bước 3");
        Assert.Contains("đồng ý chia sẻ dữ liệu", chat.LastText);
        chat.Press("Xem kết quả ở đâu?");

        Assert.Equal("welfare/link_result", chat.At);
        Assert.Contains("Lịch sử đăng ký", chat.LastText);
    }

    [Fact]
    public void ALevelOneRejectionLeadsIntoTheEidLevelTwoStep()
    {
        var chat = NewChat().Type("lien ket asxh bi tu choi");
        Assert.Equal("welfare/rejected", chat.At);

        chat.Press("VNeID của tôi mới mức 1").Press("Cách làm mức 2");

        Assert.Equal("eid/level2", chat.At);
    }

    [Fact]
    public void AResidentWhoAlreadySentMoneyIsToldToCallTheBankFirst()
    {
        var chat = NewChat().Type("toi da chuyen tien cho ke lua dao roi phai lam sao");

        Assert.True(chat.At == "scams/sent", chat.Transcript);
        Assert.Contains("ngân hàng", chat.LastText);

        chat.Press("Bước tiếp: giữ bằng chứng, trình báo");
        Assert.Contains("bằng chứng", chat.LastText);
    }

    [Fact]
    public void The5656ReportingSyntaxIsGivenInEnglishToo()
    {
        var chat = NewChat("en").Send("f:scams").Press("Scripts, real sites, reporting").Press("Where to report").Press("How to text 5656");

        Assert.Contains("S [sender number]", chat.LastText);
        Assert.Contains("call 156", chat.LastText);
    }

    [Fact]
    public void TheScamsMenuButtonLeadsToTheStepThatAsksForTheSuspiciousMessage()
    {
        var chat = NewChat().Press("Lừa đảo: nhận biết, kiểm tra").Press("Kiểm tra tin nhắn, link, số");

        Assert.Equal("scams/check", chat.At);
        Assert.Equal("scam_check", RealContent.Engine.InputHandlerAt(chat.Record!));
    }

    [Fact]
    public void StayNotificationGivesTheDeadlineAndTheFines()
    {
        var chat = NewChat().Type("khai bao luu tru cho khach");
        Assert.Equal("services/stay", chat.At);
        Assert.Contains("23 giờ", chat.LastText);

        chat.Press("Mức phạt");

        Assert.Contains("8 đến 12 triệu", chat.LastText);
    }

    [Fact]
    public void HelpTellsTheResidentWhenToCall113()
    {
        var chat = NewChat("en").Press("Help, contact").Press("When to call 113");

        Assert.Equal("help/emergency", chat.At);
        Assert.Contains("free", chat.LastText);
    }

    [Fact]
    public void AnOutOfScopeQuestionGetsAShortAnswerAndTheMenu()
    {
        var chat = NewChat().Type("giá vàng hôm nay bao nhiêu");

        Assert.Equal("menu", chat.At);
        Assert.Contains("chưa giúp được", chat.LastText);
        Assert.Contains(chat.LastButtons, b => b.Label == "Lừa đảo: nhận biết, kiểm tra");
    }
}
