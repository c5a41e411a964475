using System.Text.Json.Nodes;
using Bot.Testing;

namespace Bot.Channels.Telegram.Tests;

/// <summary>
/// A resident sends a screenshot of a suspicious SMS (drawn by Chromium, read by the real tesseract through
/// getFile and the file download of the real Telegram.Bot client), or a sticker, a voice note, a location:
/// every one gets an answer.
/// </summary>
public sealed class PhotoAndStickerTests
{
    private const string Scam = "Tài khoản VNeID của bạn sẽ bị khóa trong hôm nay do chưa cập nhật sau sáp nhập. Xác thực ngay tại vneid-capnhat.top để giữ tài khoản.";

    [Fact]
    public async Task AScreenshotOfAScamSmsGetsAVerdictThatSaysWhatWasRead()
    {
        var shot = await PhoneScreenshots.SmsAsync("VNeID", Scam);
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        var answer = await host.DeliverAsync(501, host.Api.PhotoUpdate(501, shot));

        var text = Assert.Single(answer).Text;
        Assert.Contains("Tin nhắn trong ảnh nói", text);
        Assert.Contains("vneid-capnhat.top", text);
        Assert.Matches("Nguy cơ lừa đảo: (CAO|TRUNG BÌNH)", text);
        Assert.Equal(1, host.Api.FileDownloads);
        Assert.Contains(host.Api.RequestsFor("getFile"), r => r.Parameters.ToJsonString().Contains("photos"));

        // Nothing of what was read reaches the log.
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("capnhat", StringComparison.OrdinalIgnoreCase) || line.Contains("sáp nhập"));
    }

    [Fact]
    public async Task AnImageSentAsAFileIsReadToo_AndAPdfGetsWhatTheBotCanDo()
    {
        var shot = await PhoneScreenshots.SmsAsync("VNeID", Scam);
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Polling);

        var image = await host.DeliverAsync(502, host.Api.DocumentUpdate(502, shot, "image/png", "Screenshot_2026.png"));
        var pdf = await host.DeliverAsync(502, host.Api.DocumentUpdate(502, "%PDF-1.4 …"u8.ToArray(), "application/pdf", "giay-to.pdf"));

        Assert.Matches("Nguy cơ lừa đảo: (CAO|TRUNG BÌNH)", Assert.Single(image).Text);
        Assert.Contains("tệp gửi kèm", Assert.Single(pdf).Text);
        Assert.Contains("ảnh chụp màn hình", pdf[0].Text);
        Assert.Equal(1, host.Api.FileDownloads); // the PDF is never fetched
    }

    [Fact]
    public async Task APhotoOfAnOtpMessageGetsThePrivacyWarningAndNoReportButton()
    {
        var shot = await PhoneScreenshots.SmsAsync("Vietcombank", "Mã OTP của Quý khách là 482913. Tuyệt đối không cung cấp mã này cho bất kỳ ai.");
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        var answers = await host.DeliverAsync(503, host.Api.PhotoUpdate(503, shot));

        Assert.Contains("Ảnh bạn vừa gửi có mã OTP", answers[0].Text);
        Assert.All(answers, a => Assert.DoesNotContain("482913", a.Text));
        Assert.DoesNotContain(answers.SelectMany(a => a.Buttons), b => b.CallbackData?.StartsWith("fr:", StringComparison.Ordinal) == true); // nothing kept
    }

    [Fact]
    public async Task StickersVoiceNotesAndLocationsAreNeverLeftUnanswered()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        var thanks = await host.DeliverAsync(504, host.Api.MessageUpdate(504, new JsonObject
        {
            ["sticker"] = new JsonObject { ["file_id"] = "st1", ["file_unique_id"] = "u1", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "👍" },
        }));
        var voice = await host.DeliverAsync(504, host.Api.MessageUpdate(504, new JsonObject
        {
            ["voice"] = new JsonObject { ["file_id"] = "v1", ["file_unique_id"] = "u2", ["duration"] = 4 },
        }));
        var location = await host.DeliverAsync(504, host.Api.MessageUpdate(504, new JsonObject
        {
            ["location"] = new JsonObject { ["latitude"] = 21.03, ["longitude"] = 105.85 },
        }));

        Assert.Contains("Cảm ơn bạn", Assert.Single(thanks).Text);
        Assert.Contains("tin nhắn thoại", Assert.Single(voice).Text);
        Assert.Contains("vị trí bản đồ", Assert.Single(location).Text);
        Assert.All([.. thanks, .. voice, .. location], m => Assert.Contains(m.Buttons, b => b.CallbackData == "c:menu"));
        Assert.Equal(0, host.Api.FileDownloads);
    }
}
