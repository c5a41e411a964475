using Bot.Fraud.Analysis;

namespace Bot.Fraud.Tests;

/// <summary>
/// Notices from the police or the commune that describe scams and ask for nothing stay low or
/// medium, whatever scam words they quote; a "warning" that gives a link, a number or an account to
/// act on is judged like any other message.
/// </summary>
public sealed class OfficialWarningTests
{
    private readonly FraudAnalyzer _analyzer = TestContent.NewAnalyzer();

    [Theory]
    [InlineData("Công an phường cảnh báo: kẻ gian gửi tin nhắn mời nhận tiền hỗ trợ qua đường link, yêu cầu cung cấp mã OTP. Người dân tuyệt đối không làm theo.")]
    [InlineData("UBND xa thong bao: hien co doi tuong gia danh can bo xa goi dien yeu cau chuyen tien de nhan qua. Ba con khong chuyen tien, bao ngay cho cong an xa.")]
    [InlineData("Thời gian gần đây xuất hiện thủ đoạn giả danh nhân viên ngân hàng gửi đường link cập nhật sinh trắc học, yêu cầu nhập mã OTP. Ngân hàng không bao giờ gửi link.")]
    [InlineData("Công an xã khuyến cáo: các đối tượng giả danh công an gọi video qua Zalo, yêu cầu chuyển tiền vào tài khoản tạm giữ. Công an không làm việc qua Zalo.")]
    [InlineData("Công an xã cảnh báo: thời gian gần đây xuất hiện thủ đoạn gửi mã QR qua Zalo mời nhận tiền hỗ trợ, bảo bấm mã *21* để nhận quà, hứa lấy lại tiền đã bị lừa nếu nộp phí trước. Các đối tượng còn giả danh công an, yêu cầu kết bạn Zalo, gọi video và chuyển tiền vào tài khoản tạm giữ. Công an không bao giờ làm việc qua Zalo, không đòi mã OTP. Bà con không quét mã lạ, không gọi lại số nước ngoài lạ, không nạp tiền làm nhiệm vụ trên Telegram.")]
    public void AWarningThatDescribesAScamIsLowRisk(string text)
    {
        var verdict = _analyzer.Analyze(text);
        Assert.True(verdict.Risk == RiskLevel.Low, $"got {verdict.RiskName} {verdict.Score} [{string.Join(", ", verdict.Reasons.Select(r => r.Code))}]");
    }

    [Theory]
    [InlineData("Cảnh giác: tin nhắn báo phạt nguội kèm đường link là giả. Tra cứu vi phạm trên ứng dụng VNeTraffic.")]
    [InlineData("Công an xã nhắc bà con: người thân nhắn tin mượn tiền gấp, báo tai nạn cần chuyển tiền ngay thì hãy gọi điện cho người đó để kiểm tra trước khi chuyển.")]
    [InlineData("Canh bao: buu pham \"thue hai quan\" yeu cau chuyen tien vao tai khoan ca nhan la lua dao. Buu dien khong goi dien doa nat.")]
    [InlineData("Cong an xa canh bao: nhieu nguoi nhan tin bao trung thuong, yeu cau nop phi nhan giai. Moi thac mac lien he truc ban 0203 3812 345.")]
    public void AWarningThatQuotesAScamWithoutAnythingToActOnIsAtMostMedium(string text)
    {
        var verdict = _analyzer.Analyze(text);
        Assert.NotEqual(RiskLevel.High, verdict.Risk);
    }

    [Fact]
    public void ACappedWarningSaysWhyInBothLanguages()
    {
        var verdict = _analyzer.Analyze("Cảnh báo: có tin nhắn mời nhận quà Tết qua đường link, yêu cầu điền số tài khoản và chuyển phí 50.000đ. Người dân không làm theo.");
        var reason = Assert.Single(verdict.Reasons, r => r.Code == "warning_notice");
        Assert.Contains("lời cảnh báo", reason.Text("vi"));
        Assert.Contains("warning", reason.Text("en"));
        Assert.True(verdict.Score < TestContent.Fraud.HighThreshold);
    }

    [Theory]
    [InlineData("Cảnh báo: tài khoản của bạn có dấu hiệu bị lừa đảo, xác minh ngay tại vcb-baove.top để tránh bị khóa.")]
    [InlineData("Canh bao lua dao: tai khoan cua ban bi xam nhap, goi ngay 0912 345 678 de duoc huong dan khoa tai khoan va doc ma OTP cho nhan vien.")]
    [InlineData("Khuyến cáo: để tránh bị lừa, quý khách chuyển toàn bộ số dư vào tài khoản an toàn số 1903 5566 7788 để xác minh.")]
    public void AFakeWarningWithALinkNumberOrAccountToActOnIsStillHighRisk(string text)
    {
        var verdict = _analyzer.Analyze(text);
        Assert.Equal(RiskLevel.High, verdict.Risk);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == "warning_notice");
    }
}
