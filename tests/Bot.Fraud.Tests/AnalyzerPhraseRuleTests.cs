using Bot.Fraud.Analysis;

namespace Bot.Fraud.Tests;

/// <summary>Each phrase rule fires on the wording scammers use, with and without diacritics, and reads plainly.</summary>
public sealed class AnalyzerPhraseRuleTests
{
    private readonly FraudAnalyzer _analyzer = TestContent.NewAnalyzer();

    private FraudVerdict Check(string text) => _analyzer.Analyze(text);

    private static FraudReason Reason(FraudVerdict verdict, string code) =>
        verdict.Reasons.SingleOrDefault(r => r.Code == code)
        ?? throw new Xunit.Sdk.XunitException($"expected reason '{code}', got: {string.Join(", ", verdict.Reasons.Select(r => r.Code))}");

    [Theory]
    [InlineData("Em là nhân viên ngân hàng, chị đọc giúp em mã OTP vừa nhận để hủy giao dịch lỗi nhé.")]
    [InlineData("em la nhan vien ngan hang, chi doc giup em ma OTP vua nhan de huy giao dich loi nhe")]
    [InlineData("EM LÀ NHÂN VIÊN NGÂN HÀNG, CHỊ ĐỌC GIÚP EM MÃ OTP VỪA NHẬN")]
    public void AskingToReadOutAnOtpIsFlaggedWhateverTheSpelling(string text)
    {
        var verdict = Check(text);
        Assert.Equal("yêu cầu cung cấp mã OTP", Reason(verdict, "otp_request").Text("vi"));
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Theory]
    [InlineData("Agribank: Ma OTP cua Quy khach la 482913. Tuyet doi KHONG cung cap ma OTP cho bat ky ai.")]
    [InlineData("Ngân hàng không bao giờ yêu cầu quý khách cung cấp mật khẩu, mã OTP qua điện thoại.")]
    [InlineData("Đừng đọc mã OTP cho bất kỳ ai.")]
    public void BankWarningsNotToShareAnOtpAreNotRequests(string text)
    {
        var verdict = Check(text);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code is "otp_request" or "password_request");
        Assert.Equal(RiskLevel.Low, verdict.Risk);
    }

    [Fact]
    public void NegationOnlyReachesWithinItsOwnSentencePart()
    {
        var verdict = Check("Đừng nói với ai, hãy chuyển toàn bộ tiền vào tài khoản an toàn để xác minh.");
        Assert.Contains(verdict.Reasons, r => r.Code == "safe_account");
        Assert.Equal(RiskLevel.High, verdict.Risk);
    }

    [Fact]
    public void NeuKhongIsAThreatNotANegation()
    {
        var verdict = Check("Nếu không cập nhật nơi cư trú trên VNeID thì sẽ bị khóa tài khoản định danh.");
        Assert.Contains(verdict.Reasons, r => r.Code == "vneid_update");
        Assert.Contains(verdict.Reasons, r => r.Code == "account_lock_threat");
    }

    [Fact]
    public void PasswordRequestsAreFlagged()
    {
        var verdict = Check("Chị cho em xin mật khẩu VNeID để em đồng bộ lại dữ liệu dân cư cho chị nhé.");
        Assert.Contains("mật khẩu", Reason(verdict, "password_request").Text("vi"));
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Fact]
    public void SafeAccountTransfersAreHighRiskAndSayNoAuthorityAsksThat()
    {
        var verdict = Check("Anh phải chuyển toàn bộ tiền vào tài khoản an toàn để xác minh.");
        Assert.Equal(RiskLevel.High, verdict.Risk);
        Assert.Contains("tài khoản an toàn", Reason(verdict, "safe_account").Text("vi"));
    }

    [Fact]
    public void PoliceAskingForMoneyIsNamedAsImpersonation()
    {
        var verdict = Check("Cong an phuong yeu cau anh chuyen tien phat 5 trieu ngay hom nay");
        Assert.StartsWith("giả danh công an, cơ quan nhà nước yêu cầu chuyển tiền", Reason(verdict, "authority_money").Text("vi"));
        Assert.Equal(RiskLevel.High, verdict.Risk);
    }

    [Fact]
    public void MergerPretextForAVneidUpdateIsExplained()
    {
        var verdict = Check("Do sáp nhập địa giới hành chính, ông bà cần cập nhật lại nơi cư trú trên ứng dụng VNeID, nếu không sẽ bị khóa tài khoản định danh.");
        Assert.Equal(RiskLevel.High, verdict.Risk);
        Assert.Contains(verdict.Reasons, r => r.Code == "merger_update");
        Assert.Contains("trực tiếp tại công an xã, phường", Reason(verdict, "vneid_update").Text("vi"));
    }

    [Fact]
    public void GiftBaitThroughALinkIsFlagged()
    {
        var verdict = Check("Nhận quà tặng 100.000 đồng, điền thông tin để nhận tiền tại qua-tang.vip");
        Assert.Contains(verdict.Reasons, r => r.Code == "gift_bait");
        Assert.Contains(verdict.Reasons, r => r.Code == "gift_link");
        Assert.Equal(RiskLevel.High, verdict.Risk);
    }

    [Fact]
    public void UtilityStaffThreateningToCutPowerIsFlagged()
    {
        var verdict = Check("Em ở bên điện lực, anh đổi mã khách hàng mới qua Zalo em gửi nhé, không sẽ bị ngừng cấp điện.");
        Assert.Contains(verdict.Reasons, r => r.Code == "utility_staff");
        Assert.Contains(verdict.Reasons, r => r.Code == "account_lock_threat");
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Fact]
    public void ScheduledPowerCutNoticeIsNotAThreat()
    {
        var verdict = Check("Điện lực thông báo tạm ngừng cấp điện từ 7h đến 11h ngày 2/12 để bảo dưỡng đường dây.");
        Assert.Equal(RiskLevel.Low, verdict.Risk);
    }

    [Fact]
    public void InstallingAnAppFromALinkIsFlagged()
    {
        var verdict = Check("Anh cài ứng dụng Dịch vụ công theo đường link em gửi nhé");
        Assert.Contains("chỉ cài từ App Store hoặc CH Play", Reason(verdict, "install_from_link").Text("vi"));
    }

    [Fact]
    public void UnknownSourcesAndApkFilesAreFlagged()
    {
        var verdict = Check("Bat che do cho phep cai tu nguon khong xac dinh roi mo file apk em gui");
        Assert.Contains(verdict.Reasons, r => r.Code == "sideload");
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Fact]
    public void AccessibilityPermissionIsFlaggedWithWhatItLetsScammersDo()
    {
        var verdict = Check("Ung dung can quyen Accessibility, anh bat tro nang cho app nhe");
        Assert.Contains("đọc được mã OTP", Reason(verdict, "accessibility").Text("vi"));
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Fact]
    public void TurningAccessibilityOffIsAdviceNotAScam()
    {
        var verdict = Check("Ngân hàng khuyến cáo: tắt quyền trợ năng với các ứng dụng lạ.");
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == "accessibility");
    }

    [Fact]
    public void AndroidOnlyTrickIsFlagged()
    {
        var verdict = Check("Chị dùng điện thoại Android nhé vì iPhone sẽ bị lỗi khi cài.");
        Assert.Contains(verdict.Reasons, r => r.Code == "android_only");
    }

    [Fact]
    public void CrimeThreatsAndSecrecyAreFlagged()
    {
        var verdict = Check("Anh có liên quan đến đường dây rửa tiền, phải giữ bí mật, không được nói với ai.");
        Assert.Contains(verdict.Reasons, r => r.Code == "case_threat");
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Fact]
    public void DealingOverZaloVideoIsFlagged()
    {
        var verdict = Check("Cán bộ công an sẽ làm việc qua video Zalo với anh.");
        Assert.Contains("giấy mời", Reason(verdict, "remote_authority").Text("vi"));
    }

    [Theory]
    [InlineData("Việc nhẹ lương cao, làm nhiệm vụ nhận hoa hồng mỗi ngày", "task_job")]
    [InlineData("Đầu tư sàn tiền ảo, cam kết lợi nhuận 30% mỗi tháng, không lỗ", "job_investment_bait")]
    [InlineData("Cho vay nhanh không cần thế chấp, giải ngân trong ngày", "loan_bait")]
    [InlineData("Kết bạn Zalo với cán bộ để được hỗ trợ", "off_platform_contact")]
    [InlineData("Chụp giúp em ảnh hai mặt căn cước nhé", "personal_data_request")]
    [InlineData("Cục thuế thông báo hoàn thuế thu nhập cá nhân cho bạn", "gift_bait")]
    public void OtherScamPatternsHaveTheirOwnReason(string text, string code)
    {
        Assert.Contains(Check(text).Reasons, r => r.Code == code);
    }

    [Fact]
    public void EnglishReasonsAreAvailable()
    {
        var verdict = Check("Chị đọc giúp em mã OTP vừa nhận nhé");
        Assert.Equal("asks for an OTP code", Reason(verdict, "otp_request").Text("en"));
    }

    [Fact]
    public void AnOrdinaryFamilyMessageIsLowRiskWithNoReasons()
    {
        var verdict = Check("Con ơi tối nay về ăn cơm nhé, mẹ nấu canh chua.");
        Assert.Equal(RiskLevel.Low, verdict.Risk);
        Assert.Equal(0, verdict.Score);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void TheSameMessageAlwaysGetsTheSameVerdict()
    {
        const string text = "CSGT: ban co khoan phat chua nop, truy cap csgt-phat.top ngay";
        var first = Check(text);
        var second = TestContent.NewAnalyzer().Analyze(text);
        Assert.Equal(first.Score, second.Score);
        Assert.Equal(first.Reasons.Select(r => r.Code), second.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void VeryLongAndEmojiMessagesAreCheckedWithoutFailing()
    {
        var text = string.Concat(Enumerable.Repeat("🎁 Nhận quà tặng ngay 😀 ", 800));
        var verdict = Check(text);
        Assert.Contains(verdict.Reasons, r => r.Code == "gift_bait");
    }
}
