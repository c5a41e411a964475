using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Bot.Fraud.Chat;
using Bot.Fraud.Reports;

namespace Bot.Fraud.Tests;

/// <summary>
/// Round 10: a resident asking what a message of their own procedure means (after registering, submitting, entering a
/// code) gets the topic's answer, never a scam verdict; a message they did not cause, or doubt, is still checked.
/// </summary>
public sealed class OwnStepOutcomeTests : IDisposable
{
    private static readonly ScamCheckRecognizer Recognizer = new(new ScamCheckResponder(
        TestContent.NewAnalyzer(), new InMemoryScamReportStore(TimeProvider.System)));

    private readonly FraudApp _app = new();

    public void Dispose() => _app.Dispose();

    private static CheckSignal Recognize(string text) => Recognizer.Recognize(InboundMessage.FromText(text));

    [Theory]
    [InlineData("Tôi đã đăng ký mức 2 ở công an xã, hôm nay nhận thông báo trên app VNeID là hồ sơ bị từ chối, là sao vậy")]
    [InlineData("vneid nhắn mã kích hoạt 6 số về máy, tôi nhập rồi mà nó báo hết hạn là sao")]
    [InlineData("Tôi vừa cài lại VNeID, app nhắn mã OTP, tôi nhập xong thì thấy báo đăng nhập trên thiết bị mới, có sao không")]
    [InlineData("em da nop ho so muc 2 tuan truoc, nay vneid nhan bao ho so dang xu ly, vay la sao")]
    // A notice retold with the resident's own question ("làm gì tiếp"), and "chân dung không" that folds like "đúng không".
    [InlineData("VNeID thông báo hồ sơ mức 2 đã được duyệt, giờ cần làm gì tiếp")]
    [InlineData("VNeID gửi thông báo hồ sơ bị từ chối do ảnh chân dung không đạt, vậy làm lại thế nào")]
    [InlineData("vneid gui thong bao anh chan dung khong hop le, vay chup lai the nao")]
    public void AMessageOfTheResidentsOwnProcedureAskedWhatItMeansIsNotOneToCheck(string text) =>
        Assert.Equal(CheckSignal.None, Recognize(text));

    [Theory]
    [InlineData("Tôi đã đăng ký mức 2, hôm nay có tin nhắn báo hồ sơ bị từ chối, tin này có thật không")]
    [InlineData("thong bao tu vneid la tai khoan cua ban vua dang nhap tren thiet bi moi luc 21h, neu khong phai ban thi khoa tai khoan, co sao ko")]
    [InlineData("Tôi vừa nhận được tin nhắn có mã OTP 6 số, ghi là mã xác thực đăng ký, mà tôi đâu có làm gì cả. Vậy là sao")]
    public void AMessageTheResidentDoubtsOrDidNotCauseIsStillOneToCheck(string text) =>
        Assert.NotEqual(CheckSignal.None, Recognize(text));

    [Fact]
    public async Task TheResidentSeesTheVneidAnswerNotAVerdict()
    {
        var reply = await _app.ChatAsync("own-step", text: "Tôi đã đăng ký mức 2 ở công an xã, hôm nay nhận thông báo trên app VNeID là hồ sơ bị từ chối, là sao vậy");

        Assert.Equal("eid", reply.GetProperty("flow").GetString());
        Assert.DoesNotContain(FraudApp.ReplyTexts(reply), t => t.Contains("Nguy cơ lừa đảo"));
    }
}
