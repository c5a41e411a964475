using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Testing.Zalo;

/// <summary>
/// What Zalo sends to an Official Account's webhook: the event JSON (UTF-8 written raw, as Zalo does) and the
/// <c>X-ZEvent-Signature</c> over exactly the bytes sent. One copy, so every project's tests play Zalo the same way.
/// </summary>
/// <remarks>The signature is written here independently of the bot's own check, so a test can catch a mistake in either.</remarks>
public static class ZaloOaEvents
{
    /// <summary>The OA's id in events (the recipient of a message, the OA followed).</summary>
    public const string OaId = "579745863508352884";

    private const string UserIdByApp = "552177279717587730";
    private static readonly JsonSerializerOptions RawUtf8 = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON of a <c>user_send_text</c> event (a typed text, or a button's payload, which arrives the same way).</summary>
    public static string Text(string userId, string text, string? msgId = null, DateTimeOffset? at = null) =>
        JsonSerializer.Serialize(new
        {
            app_id = FakeZaloOaApi.AppId,
            user_id_by_app = UserIdByApp,
            event_name = "user_send_text",
            timestamp = Stamp(at),
            sender = new { id = userId },
            recipient = new { id = OaId },
            message = new { text, msg_id = msgId ?? Guid.NewGuid().ToString("N")[..20] },
        }, RawUtf8);

    /// <summary>JSON of a <c>follow</c> or <c>unfollow</c> event.</summary>
    public static string Follow(string userId, string eventName = "follow", DateTimeOffset? at = null) =>
        JsonSerializer.Serialize(new
        {
            app_id = FakeZaloOaApi.AppId,
            oa_id = OaId,
            user_id_by_app = UserIdByApp,
            event_name = eventName,
            timestamp = Stamp(at),
            follower = new { id = userId },
        }, RawUtf8);

    /// <summary>An event's <c>timestamp</c>: Unix milliseconds, as a string (now when <paramref name="at"/> is null).</summary>
    public static string Stamp(DateTimeOffset? at) =>
        (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The signature Zalo would send: <c>mac=</c> sha256(app id + body + timestamp + OA secret key), in lower-case hex.</summary>
    public static string Sign(byte[] body, string timestamp, string appId = FakeZaloOaApi.AppId, string secret = FakeZaloOaApi.OaSecretKey) =>
        "mac=" + Convert.ToHexStringLower(SHA256.HashData(
            [.. Encoding.UTF8.GetBytes(appId), .. body, .. Encoding.UTF8.GetBytes(timestamp), .. Encoding.UTF8.GetBytes(secret)]));

    /// <summary>
    /// POSTs <paramref name="json"/> to the bot's OA webhook, signed over exactly the bytes sent with the event's own
    /// timestamp (or with <paramref name="signature"/>; unsigned when <paramref name="sign"/> is false).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient bot, string json, string? signature = null, bool sign = true)
    {
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/zalo/oa/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature ?? Sign(body, TimestampOf(body)));
        }

        return await bot.SendAsync(request);
    }

    private static string TimestampOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("timestamp").GetString()!;
    }
}
