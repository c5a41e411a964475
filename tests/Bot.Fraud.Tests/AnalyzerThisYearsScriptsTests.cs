using Bot.Fraud.Analysis;

namespace Bot.Fraud.Tests;

/// <summary>
/// This year's scam scripts (issue #15) are flagged by what they ask for, with a reason that says
/// what to do; the legitimate messages that look like them are not called high risk.
/// The messages are written for these tests, not taken from the evaluation sets.
/// </summary>
public sealed class AnalyzerThisYearsScriptsTests
{
    private readonly FraudAnalyzer _analyzer = TestContent.NewAnalyzer();

    private FraudVerdict Check(string text) => _analyzer.Analyze(text);

    private static void AssertHighWith(FraudVerdict verdict, string code)
    {
        Assert.True(verdict.Risk == RiskLevel.High, $"expected high, got {verdict.RiskName} {verdict.Score} [{string.Join(", ", verdict.Reasons.Select(r => r.Code))}]");
        Assert.Contains(verdict.Reasons, r => r.Code == code);
    }

    private static void AssertNotHigh(FraudVerdict verdict) =>
        Assert.True(verdict.Risk != RiskLevel.High, $"expected low or medium, got high {verdict.Score} [{string.Join(", ", verdict.Reasons.Select(r => r.Code))}]");

    [Theory]
    [InlineData("co ai gui ma qr qua zalo bao quet de lanh tien hoan thue")]
    [InlineData("UBND phường hỗ trợ mỗi hộ 1.500.000đ sau lũ, bà con quét mã QR trong ảnh để nhận hỗ trợ, hạn cuối hôm nay.")]
    [InlineData("EVN CSKH: hoa don thang nay 742.000d qua han. Quet QR ben duoi de thanh toan ngay, tranh ngung cap dien luc 18h.")]
    [InlineData("Ông bà quét mã này để lĩnh lương hưu tháng này nhé")]
    [InlineData("Scan the QR code to receive your refund of 500,000 VND today")]
    public void AQrCodeSentToReceiveSupportOrPayABillIsHighRisk(string text)
    {
        var verdict = Check(text);
        Assert.Equal(RiskLevel.High, verdict.Risk);
        var reason = Assert.Single(verdict.Reasons, r => r.Code is "qr_money" or "scan_to_receive");
        Assert.Contains("không bao giờ phải quét mã", reason.Text("vi"));
        Assert.Contains("never scan a code to receive money", reason.Text("en"));
    }

    [Theory]
    [InlineData("Quét mã QR trên thẻ căn cước bằng ứng dụng VNeID để điền thông tin nhanh.")]
    [InlineData("Phường mời bà con quét mã QR dán tại bộ phận một cửa để xem hướng dẫn làm căn cước.")]
    [InlineData("Cửa hàng có mã QR ở quầy, anh chuyển khoản khi lấy hàng nhé.")]
    public void AQrCodeThatOnlyOpensInformationIsLowRisk(string text)
    {
        Assert.Equal(RiskLevel.Low, Check(text).Risk);
    }

    [Theory]
    [InlineData("Em bên tổng đài, chị bấm **21*0967112233# rồi nhấn gọi để em kích hoạt khuyến mãi nhé.")]
    [InlineData("Nhan *62*0911 222 333# va phim goi de nhan qua tri an")]
    [InlineData("Để nhận đơn, bà bấm giúp * 21 * 0987654321 # nhé")]
    [InlineData("bam **67*0377 111 222# roi goi la xong")]
    public void ACallForwardingCodeIsHighRiskAndShownWithoutTheNumber(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "call_forwarding_code");
        var reason = verdict.Reasons.Single(r => r.Code == "call_forwarding_code");
        Assert.Contains("*", reason.Text("vi"));
        Assert.DoesNotContain("112233", reason.Text("vi"));
        Assert.DoesNotContain("222 333", reason.Text("vi"));
        Assert.Contains("tổng đài nhà mạng", reason.Text("vi"));
    }

    [Theory]
    [InlineData("Nhà mạng hướng dẫn: muốn kiểm tra điện thoại có đang chuyển cuộc gọi không, bấm *#21#.")]
    [InlineData("Khuyến cáo: không bấm mã **21* theo hướng dẫn của người lạ.")]
    [InlineData("Muốn tắt chuyển cuộc gọi thì bấm ##002# rồi gọi.")]
    public void CodesThatCheckOrCancelForwardingAndWarningsAboutThemAreNotFlagged(string text)
    {
        var verdict = Check(text);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == "call_forwarding_code");
        Assert.Equal(RiskLevel.Low, verdict.Risk);
    }

    [Theory]
    [InlineData("Chúng tôi là nhóm chuyên gia an ninh mạng, giúp bạn lấy lại tiền đã chuyển cho sàn lừa đảo, chỉ cần đóng trước 10% phí.")]
    [InlineData("Cong an kinh te thong bao: so tien ban bi lua da duoc thu hoi, lien he Zalo 0912 345 678 de lam thu tuc nhan lai.")]
    [InlineData("Luat su Minh: toi nhan ho tro nan nhan bi lua dao qua mang, cam ket lay lai tien, inbox de tu van.")]
    public void APromiseToRecoverLostMoneyForAFeeOrAContactIsHighRisk(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "recovery_fee");
        Assert.Contains("trình báo công an", verdict.Reasons.Single(r => r.Code == "recovery_fee").Text("vi"));
    }

    [Theory]
    [InlineData("Tuyển CTV xem video TikTok, mỗi video 20k, ngày kiếm 500k. Nhắn Telegram @kiemtien_tainha để nhận việc.")]
    [InlineData("Hệ thống: bạn cần nạp 3.000.000đ để hoàn thành nhiệm vụ tiếp theo, sau 15 phút hoàn lại 3.900.000đ.")]
    [InlineData("tuyen nguoi lam online tai nha, danh gia san pham shopee nhan hoa hong 15%, vao nhom tele de duoc huong dan")]
    public void TaskJobsThatMoveToTelegramOrAskForADepositAreHighRisk(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "task_job");
    }

    [Theory]
    [InlineData("Shop cảm ơn chị đã mua hàng, chị đánh giá 5 sao giúp shop nhé.")]
    [InlineData("Công ty tuyển nhân viên kho, lương 8 triệu, phỏng vấn trực tiếp tại văn phòng.")]
    public void OrdinaryReviewRequestsAndJobAdsAreLowRisk(string text)
    {
        Assert.Equal(RiskLevel.Low, Check(text).Risk);
    }

    [Theory]
    [InlineData("Vietcombank: Quy khach chua cap nhat sinh trac hoc, tai khoan se bi tam khoa. Cap nhat tai vcb-xacthuc.top")]
    [InlineData("Em là nhân viên ngân hàng, để em hỗ trợ anh xác thực khuôn mặt qua cuộc gọi video, anh bật camera lên nhé.")]
    [InlineData("Ngân hàng Nhà nước yêu cầu đối chiếu khuôn mặt với căn cước, bấm vào đường link sau để hoàn tất.")]
    public void ABiometricsUpdateThroughALinkOrCallIsHighRisk(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "biometric_link");
        Assert.Contains("ứng dụng chính thức của ngân hàng", verdict.Reasons.Single(r => r.Code == "biometric_link").Text("vi"));
    }

    [Fact]
    public void AQuestionAboutUpdatingBiometricsInTheBankAppIsNotHighRisk()
    {
        AssertNotHigh(Check("Tôi cập nhật sinh trắc học trên app ngân hàng bị lỗi thì làm sao?"));
    }

    [Theory]
    [InlineData("Tôi là đại úy Trần Văn Nam, công an phường. Chị kết bạn Zalo với tôi để nhận giấy mời làm việc.")]
    [InlineData("can bo cong an day, anh add zalo so nay, toi goi video lay loi khai")]
    [InlineData("Công an huyện thông báo anh có đơn tố cáo, thêm Zalo cán bộ điều tra để làm việc gấp.")]
    public void APoliceOfficerAskingToBeAddedOnZaloIsHighRisk(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "police_contact");
        Assert.Contains("không làm việc qua Zalo", verdict.Reasons.Single(r => r.Code == "police_contact").Text("vi"));
    }

    [Theory]
    [InlineData("Có cuộc gọi nhỡ từ +216 55 123 456, tôi có nên gọi lại không?")]
    [InlineData("sdt +242 066 123 456 nhay may 2 lan luc nua dem")]
    [InlineData("Bạn có cuộc gọi nhỡ. Vui lòng gọi lại +44 20 7946 0123 để nhận quà.")]
    public void AMissedCallFromAForeignNumberIsHighRisk(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "foreign_missed_call");
        Assert.Contains("đừng gọi lại", verdict.Reasons.Single(r => r.Code == "foreign_missed_call").Text("vi"));
    }

    [Theory]
    [InlineData("Con ở Úc đây, số mới của con +61 412 345 678, mẹ lưu lại nhé.")]
    [InlineData("chi oi so chi ben My +1 415 555 0132, toi chi goi lai cho em nhe")]
    public void ARelativeAbroadGivingANumberIsNotHighRisk(string text)
    {
        AssertNotHigh(Check(text));
    }

    [Theory]
    [InlineData("Viettel: thue bao cua quy khach se bi khoa 2 chieu sau 24h do chua chuan hoa. Soan tin theo huong dan hoac truy cap viettel-chuanhoa.xyz")]
    [InlineData("Tổng đài: SIM của chị sắp bị thu hồi vì chưa xác thực chính chủ, chị đọc mã 6 số vừa gửi để em xác thực.")]
    [InlineData("Chuc mung thue bao duoc nang cap SIM 5G mien phi, bam vao link de kich hoat truoc khi SIM cu mat song")]
    public void YourSimWillBeLockedWithALinkOrACodeIsHighRisk(string text)
    {
        var verdict = Check(text);
        AssertHighWith(verdict, "account_lock_threat");
    }

    [Theory]
    [InlineData("Your account will be locked in 24 hours, verify now at secure-bank-login.com")]
    [InlineData("You have a missed call from +44 7700 900123, please call back")]
    [InlineData("We help scam victims recover your lost funds, pay a small fee first.")]
    public void TheSameScriptsInEnglishAreHighRisk(string text)
    {
        Assert.Equal(RiskLevel.High, Check(text).Risk);
    }

    [Fact]
    public void ACarrierNoticeThatSendsYouToItsStoreIsLowRisk()
    {
        var verdict = Check("Viettel thông báo: thuê bao của quý khách chưa trùng khớp thông tin căn cước. Vui lòng cập nhật tại cửa hàng Viettel hoặc ứng dụng My Viettel.");
        Assert.Equal(RiskLevel.Low, verdict.Risk);
    }

    [Fact]
    public void EveryReasonResidentsCanReadHasPlainVietnameseAndEnglish()
    {
        foreach (var rule in TestContent.Fraud.Rules.Where(r => !r.Hidden))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Text.Vi), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Text.En), rule.Code);
            Assert.True(rule.Text.Vi.Normalize() == rule.Text.Vi, $"{rule.Code}: Vietnamese text must be NFC");
            Assert.True(rule.Text.Vi.Split(' ').Length <= 60, $"{rule.Code}: reason longer than 60 words");
        }
    }
}
