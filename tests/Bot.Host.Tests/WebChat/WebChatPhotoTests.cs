using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.WebChat;

/// <summary>
/// A photo sent to the web chat API (multipart/form-data): read by the real tesseract, checked by the privacy
/// guard and the scam check, answered with the same JSON as a typed message; bad uploads get a clear 4xx.
/// </summary>
public sealed class WebChatPhotoTests : IClassFixture<BotFactory>
{
    private readonly WebApplicationFactory<Program> _factory;

    // A generous read time limit: these tests are about the answers, and the test machine is shared.
    public WebChatPhotoTests(BotFactory factory) =>
        _factory = factory.WithWebHostBuilder(builder => builder.UseSetting("Ocr:ReadTimeout", "00:02:00"));

    [Fact]
    public async Task AScreenshotOfAScamSmsGetsAVerdictThatSaysWhatWasRead()
    {
        var shot = await PhoneScreenshots.SmsAsync("CSGT-VN",
            "Cục CSGT thông báo: xe của bạn vi phạm tốc độ. Mức phạt 4.000.000đ. Nộp phạt tại csgt-tracuu.icu trước 17h hôm nay.");

        var (status, json) = await PostAsync("photo-scam", Form(shot, "image/png", messageId: "m-photo-1"));

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = json.GetProperty("replies")[0];
        var text = reply.GetProperty("text").GetString()!;
        Assert.StartsWith("📷 Tin nhắn trong ảnh nói: «", text);
        Assert.Contains("csgt-tracuu.icu", text);
        Assert.Matches("Nguy cơ lừa đảo: (CAO|TRUNG BÌNH)", text);
        Assert.Contains(reply.GetProperty("buttons").EnumerateArray(), b => b.GetProperty("payload").GetString()!.StartsWith("fr:", StringComparison.Ordinal));

        // The page retries with the same messageId after a lost answer: the same answer, not a second reading.
        var (again, replay) = await PostAsync("photo-scam", Form(shot, "image/png", messageId: "m-photo-1"));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(text, replay.GetProperty("replies")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task APhotoOfAnIdNumberGetsOnlyThePrivacyWarning()
    {
        var shot = await PhoneScreenshots.SmsAsync("Chị Lan", "Em gửi số căn cước 001203004567 của em để chị làm hồ sơ nhé.");

        var (status, json) = await PostAsync("photo-id", Form(shot, "image/png"));

        Assert.Equal(HttpStatusCode.OK, status);
        var replies = json.GetProperty("replies").EnumerateArray().ToList();
        Assert.Contains("Ảnh bạn vừa gửi có số căn cước", replies[0].GetProperty("text").GetString());
        Assert.All(replies, r => Assert.DoesNotContain("001203004567", r.GetProperty("text").GetString()));
        Assert.DoesNotContain(replies.SelectMany(r => r.GetProperty("buttons").EnumerateArray()),
            b => b.GetProperty("payload").GetString()!.StartsWith("fr:", StringComparison.Ordinal)); // nothing kept: no report draft
    }

    [Fact]
    public async Task APictureWithNoTextAsksForAClearerScreenshotOrTheText()
    {
        var blank = await PhoneScreenshots.BlankAsync();

        var (status, json) = await PostAsync("photo-blank", Form(blank, "image/png", text: "cái này có phải lừa đảo không"));

        Assert.Equal(HttpStatusCode.OK, status);
        var text = json.GetProperty("replies")[0].GetProperty("text").GetString()!;
        Assert.Contains("chưa đọc được chữ trong ảnh", text);
        Assert.Contains("gõ hay dán chữ", text);
    }

    [Theory]
    [InlineData("not-an-image", 415, "JPEG, PNG or WebP")]
    [InlineData("too-large", 413, "larger than")]
    [InlineData("no-image", 400, "no \"image\" part")]
    [InlineData("unknown-part", 400, "Unexpected part")]
    [InlineData("no-boundary", 400, "boundary")]
    public async Task BadUploadsGetAClearProblemNeverA5xx(string kind, int expected, string hint)
    {
        var png = (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]];
        HttpContent content = kind switch
        {
            "not-an-image" => Form("%PDF-1.4 giấy tờ"u8.ToArray(), "image/png"),
            "too-large" => Form([.. png, .. new byte[5 * 1024 * 1024]], "image/png"),
            "no-image" => new MultipartFormDataContent { { new StringContent("xin chào"), "text" } },
            "unknown-part" => new MultipartFormDataContent { { new ByteArrayContent(png), "image", "a.png" }, { new StringContent("x"), "avatar" } },
            _ => new ByteArrayContent(png) { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data") } },
        };

        var (status, json) = await PostAsync("bad-upload", content);

        Assert.Equal(expected, (int)status);
        Assert.Contains(hint, json.GetProperty("detail").GetString());
    }

    private static MultipartFormDataContent Form(byte[] image, string type, string? text = null, string? messageId = null)
    {
        var file = new ByteArrayContent(image);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        var form = new MultipartFormDataContent { { file, "image", "Screenshot.png" } };
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        if (messageId is not null)
        {
            form.Add(new StringContent(messageId), "messageId");
        }

        return form;
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(string conversation, HttpContent content)
    {
        using var response = await _factory.CreateClient().PostAsync($"/api/webchat/{conversation}/messages", content);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
