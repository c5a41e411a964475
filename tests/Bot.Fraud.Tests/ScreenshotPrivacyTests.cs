using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Fraud.Tests;

/// <summary>
/// A screenshot that shows a citizen ID or a one-time code: read by the real tesseract through the web chat's
/// photo upload, the privacy warning comes first; when the message is also a scam its verdict follows, saying
/// what was read with every such number masked, and nothing is kept (no report draft).
/// </summary>
public sealed class ScreenshotPrivacyTests : IDisposable
{
    // A generous read time limit: these tests are about the answers, and the test machine is shared.
    private readonly FraudApp _app = new(settings: new Dictionary<string, string> { ["Ocr:ReadTimeout"] = "00:02:00" });

    [Fact]
    public async Task AScamThatShowsAnIdAndAsksForTheCodeGetsTheWarningThenItsVerdictWithTheNumbersMasked()
    {
        var shot = await PhoneScreenshots.SmsAsync("0376 114 508",
            "Công an phường: định danh số 001203004567 của ông bị lỗi sau sáp nhập. Ông đọc mã OTP 482913 cho cán bộ để cập nhật tại vneid-capnhat.top");

        var answer = await PostPhotoAsync("shot-id-scam", shot);

        var replies = FraudApp.ReplyTexts(answer).ToList();
        Assert.Equal(2, replies.Count);
        Assert.StartsWith("⚠️ Ảnh bạn vừa gửi có", replies[0]);
        Assert.Contains("số căn cước", replies[0]);
        Assert.StartsWith("📷 Tin nhắn trong ảnh nói: «", replies[1]);
        Assert.Contains("vneid-capnhat", replies[1]);
        Assert.Contains("🔴 Nguy cơ lừa đảo: CAO", replies[1]);
        var raw = answer.GetRawText();
        Assert.DoesNotContain("001203004567", raw);
        Assert.DoesNotContain("4567", raw);
        Assert.DoesNotContain("482913", raw);
        Assert.DoesNotContain(FraudApp.Buttons(answer), b => b.Payload.StartsWith("fr:", StringComparison.Ordinal)); // nothing kept to report
    }

    [Fact]
    public async Task ABanksOwnCodeMessageGetsOnlyTheWarning()
    {
        var shot = await PhoneScreenshots.SmsAsync("Vietcombank",
            "Mã OTP của Quý khách là 482913. Tuyệt đối không cung cấp mã này cho bất kỳ ai, kể cả nhân viên ngân hàng.");

        var answer = await PostPhotoAsync("shot-bank-code", shot);

        var reply = Assert.Single(FraudApp.ReplyTexts(answer));
        Assert.StartsWith("⚠️ Ảnh bạn vừa gửi có mã OTP", reply);
        Assert.DoesNotContain("482913", answer.GetRawText());
    }

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> PostPhotoAsync(string conversation, byte[] png)
    {
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("image/png");
        using var form = new MultipartFormDataContent { { file, "image", "Screenshot.png" } };
        using var response = await _app.Client.PostAsync($"/api/webchat/{conversation}/messages", form);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
