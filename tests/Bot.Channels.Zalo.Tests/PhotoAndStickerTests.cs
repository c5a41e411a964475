using System.Net;
using System.Text.Json;
using Bot.Channels.Zalo.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.Zalo.Tests;

/// <summary>
/// Zalo OA <c>user_send_image</c> and Zalo Bot photos: fetched only from the configured Zalo hosts (here the
/// loopback photo server stands in for Zalo's content network), size-capped, read by the real tesseract and
/// judged; stickers, voice and the rest get what the bot can do instead of silence.
/// </summary>
public sealed class PhotoAndStickerTests : IAsyncLifetime
{
    private const string Scam = "Tài khoản VNeID của bạn sẽ bị khóa trong hôm nay do chưa cập nhật sau sáp nhập. Xác thực ngay tại vneid-capnhat.top để giữ tài khoản.";
    private readonly Dictionary<string, byte[]> _photos = [];
    private FakeZaloOaApi _oa = null!;
    private FakeZaloBotApi _bot = null!;
    private ZaloApp _app = null!;
    private WebApplication _photoServer = null!;
    private string _photoUrl = "";
    private int _photoFetches;

    public async Task InitializeAsync()
    {
        (_photoServer, _photoUrl) = await LoopbackServer.StartAsync(app => app.MapGet("/photo/{name}", (string name) =>
        {
            Interlocked.Increment(ref _photoFetches);
            lock (_photos)
            {
                return _photos.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "image/png") : Results.NotFound();
            }
        }));
        _oa = await FakeZaloOaApi.StartAsync();
        _bot = await FakeZaloBotApi.StartAsync();
        _app = ZaloApp.Start(oa: _oa, bot: _bot, settings: new Dictionary<string, string?> { ["Zalo:Images:Hosts:0"] = "127.0.0.1" });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _bot.DisposeAsync();
        await _oa.DisposeAsync();
        await _photoServer.DisposeAsync();
    }

    [Fact]
    public async Task AnOaScreenshotOfAScamGetsAVerdictThatSaysWhatWasRead()
    {
        Put("scam.png", await PhoneScreenshots.SmsAsync("VNeID", Scam));

        using var response = await _app.PushOaAsync(OaAttachmentEvent("u-photo", "user_send_image", "image", _photoUrl + "/photo/scam.png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = string.Concat(_oa.MessagesTo("u-photo").Select(m => m.Text));
        Assert.Contains("Tin nhắn trong ảnh nói", text);
        Assert.Contains("vneid-capnhat.top", text);
        Assert.Matches("Nguy cơ lừa đảo: (CAO|TRUNG BÌNH)", text);
        Assert.DoesNotContain(_app.Logs.Lines, line => line.Contains("capnhat", StringComparison.OrdinalIgnoreCase) || line.Contains("/photo/scam.png"));
    }

    [Fact]
    public async Task APhotoOffZalosHostsOrOverTheLimitIsNeverReadAndTheResidentIsAskedToTypeIt()
    {
        Put("huge.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[6 * 1024 * 1024]]);
        var elsewhere = _photoUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/photo/huge.png";

        using var offHost = await _app.PushOaAsync(OaAttachmentEvent("u-off-host", "user_send_image", "image", elsewhere));
        var fetchesAfterOffHost = Volatile.Read(ref _photoFetches);
        using var tooLarge = await _app.PushOaAsync(OaAttachmentEvent("u-too-large", "user_send_image", "image", _photoUrl + "/photo/huge.png"));

        Assert.Equal(0, fetchesAfterOffHost);
        Assert.Equal(HttpStatusCode.OK, offHost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        Assert.Contains("chưa đọc được chữ trong ảnh", Assert.Single(_oa.MessagesTo("u-off-host")).Text);
        Assert.Contains("chưa đọc được chữ trong ảnh", Assert.Single(_oa.MessagesTo("u-too-large")).Text);
    }

    [Theory]
    [InlineData("user_send_sticker", "sticker", "nhãn dán")]
    [InlineData("user_send_audio", "audio", "tin nhắn thoại")]
    [InlineData("user_send_video", "video", "video")]
    [InlineData("user_send_file", "file", "tệp gửi kèm")]
    [InlineData("user_send_location", "location", "vị trí bản đồ")]
    public async Task OaStickersVoiceFilesAndLocationsAreAnswered(string eventName, string type, string named)
    {
        var user = "u-" + type;

        using var response = await _app.PushOaAsync(OaAttachmentEvent(user, eventName, type, "https://stc-zaloprofile.zdn.vn/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(_oa.MessagesTo(user));
        Assert.Contains(named, answer.Text);
        Assert.Contains("ảnh chụp màn hình", answer.Text);
        Assert.Equal(0, Volatile.Read(ref _photoFetches));
    }

    [Fact]
    public async Task AZaloBotPhotoIsReadAndAStickerIsAnswered()
    {
        Put("bot.png", await PhoneScreenshots.SmsAsync("VNeID", Scam));

        using var photo = await _app.PushBotAsync(BotUpdate("chat-photo", "message.image.received", new { photo_url = _photoUrl + "/photo/bot.png" }));
        using var sticker = await _app.PushBotAsync(BotUpdate("chat-sticker", "message.sticker.received", new { sticker = "abc" }));

        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Contains("vneid-capnhat.top", string.Concat(_bot.MessagesTo("chat-photo").Select(m => m.Text)));
        Assert.Contains("nhãn dán", Assert.Single(_bot.MessagesTo("chat-sticker")).Text);
    }

    private void Put(string name, byte[] bytes)
    {
        lock (_photos)
        {
            _photos[name] = bytes;
        }
    }

    private static string OaAttachmentEvent(string userId, string eventName, string type, string url) =>
        JsonSerializer.Serialize(new
        {
            app_id = FakeZaloOaApi.AppId,
            user_id_by_app = "552177279717587730",
            event_name = eventName,
            timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            sender = new { id = userId },
            recipient = new { id = "579745863508352884" },
            message = new
            {
                msg_id = Guid.NewGuid().ToString("N")[..20],
                attachments = new[] { new { type, payload = new { url, thumbnail = url } } },
            },
        });

    private static string BotUpdate(string chatId, string eventName, object extra)
    {
        var message = new Dictionary<string, object?>
        {
            ["message_id"] = Guid.NewGuid().ToString("N")[..20],
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["from"] = new { id = chatId, display_name = "Bà Tư", is_bot = false },
            ["chat"] = new { id = chatId, chat_type = "PRIVATE" },
        };
        foreach (var property in extra.GetType().GetProperties())
        {
            message[property.Name] = property.GetValue(extra);
        }

        return JsonSerializer.Serialize(new { event_name = eventName, message });
    }
}
