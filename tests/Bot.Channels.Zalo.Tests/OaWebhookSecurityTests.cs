using System.Net;
using System.Text;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tests.Infrastructure;

namespace Bot.Channels.Zalo.Tests;

/// <summary>The OA webhook fails closed: nothing is processed unless Zalo's signature over the exact bytes checks out and the event is fresh.</summary>
public sealed class OaWebhookSecurityTests : OaAppTests
{
    [Fact]
    public async Task SignedEventWithVietnameseTextIsAnswered()
    {
        using var response = await App.PushOaAsync(ZaloOaEvents.Text("u-ok", "Xin chào, tôi muốn kích hoạt VNeID 👋"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Oa.MessagesTo("u-ok"));
    }

    [Fact]
    public async Task EventSignedWithAnotherSecretIsRejectedAndNotProcessed()
    {
        var json = ZaloOaEvents.Text("u-forged", "menu");
        var forged = ZaloOaEvents.Sign(Encoding.UTF8.GetBytes(json), Timestamp(json), secret: "not-the-oa-secret-key");

        using var response = await App.PushOaAsync(json, forged);

        await AssertRejectedAsync(response, "u-forged");
    }

    [Fact]
    public async Task EventWithoutSignatureIsRejectedAndNotProcessed()
    {
        using var response = await App.PushOaAsync(ZaloOaEvents.Text("u-unsigned", "menu"), sign: false);

        await AssertRejectedAsync(response, "u-unsigned");
    }

    [Fact]
    public async Task BodyChangedAfterSigningIsRejected()
    {
        var signed = ZaloOaEvents.Text("u-tampered", "menu", msgId: "m-1");
        var signature = ZaloOaEvents.Sign(Encoding.UTF8.GetBytes(signed), Timestamp(signed));
        var tampered = signed.Replace("\"menu\"", "\"help\"", StringComparison.Ordinal);

        using var response = await App.PushOaAsync(tampered, signature);

        await AssertRejectedAsync(response, "u-tampered");
    }

    [Fact]
    public async Task SameEventReserialisedWithEscapedUnicodeDoesNotMatchTheOriginalSignature()
    {
        // Zalo signs the bytes it sends; a body whose JSON means the same but whose bytes differ must fail.
        var raw = ZaloOaEvents.Text("u-bytes", "Tôi cần giúp đỡ");
        var signature = ZaloOaEvents.Sign(Encoding.UTF8.GetBytes(raw), Timestamp(raw));
        var escaped = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(raw).RootElement);
        Assert.NotEqual(raw, escaped);

        using var response = await App.PushOaAsync(escaped, signature);

        await AssertRejectedAsync(response, "u-bytes");
    }

    [Fact]
    public async Task CorrectlySignedButStaleEventIsRejectedAsAReplay()
    {
        using var response = await App.PushOaAsync(ZaloOaEvents.Text("u-stale", "menu", at: DateTimeOffset.UtcNow.AddHours(-2)));

        await AssertRejectedAsync(response, "u-stale");
    }

    [Fact]
    public async Task SignatureForOneTimestampDoesNotCoverAnother()
    {
        var json = ZaloOaEvents.Text("u-ts", "menu");
        var wrongTimestamp = ZaloOaEvents.Sign(Encoding.UTF8.GetBytes(json), "1700000000000");

        using var response = await App.PushOaAsync(json, wrongTimestamp);

        await AssertRejectedAsync(response, "u-ts");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"event_name\":\"user_send_text\"}")]
    [InlineData("[1,2,3]")]
    public async Task MalformedBodiesAreRejectedWithoutACrash(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/zalo/oa/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", "mac=" + new string('0', 64));

        using var response = await App.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Oa.AllMessages());
    }

    [Fact]
    public async Task InvalidUtf8InsideASignedEventGetsA400ProblemNotA500()
    {
        // Was: a 500, and before the signature was even checked.
        var json = ZaloOaEvents.Text("u-bad-utf8", "XXXX");
        var body = Utf8With(json, "XXXX", [0x78, 0xC3, 0x28, 0x78]);

        using var response = await PushRawAsync(body, ZaloOaEvents.Sign(body, Timestamp(json)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Oa.MessagesTo("u-bad-utf8"));
    }

    [Fact]
    public async Task AnUnsignedBodyIsRefusedForItsSignatureBeforeAnythingElseIsRead()
    {
        var json = ZaloOaEvents.Text("u-bad-utf8-unsigned", "XXXX");
        var body = Utf8With(json, "XXXX", [0xFF, 0xFE]);

        using var response = await PushRawAsync(body, "mac=" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // not 400: the content is not looked at
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsRefusedWith413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/zalo/oa/webhook")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"timestamp\":\"1\",\"x\":\"" + new string('a', 2_000_000) + "\"}"))),
        };
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", "mac=" + new string('0', 64));

        using var response = await App.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownAndEchoEventsAreAcknowledgedAndIgnored()
    {
        var stamp = ZaloOaEvents.Stamp(null);
        foreach (var name in new[] { "oa_send_text", "user_received_message", "user_seen_message", "something_new" })
        {
            var json = "{\"app_id\":\"" + FakeZaloOaApi.AppId + "\",\"event_name\":\"" + name + "\",\"timestamp\":\"" + stamp +
                       "\",\"sender\":{\"id\":\"u-echo\"},\"recipient\":{\"id\":\"u-echo\"},\"message\":{\"text\":\"c:menu\",\"msg_id\":\"" + name + "\"}}";
            using var response = await App.PushOaAsync(json);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Empty(Oa.MessagesTo("u-echo"));
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, string user)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Oa.MessagesTo(user));
        Assert.Null(await App.RecordAsync(ZaloChannels.OfficialAccount, user));
    }

    private static byte[] Utf8With(string json, string placeholder, byte[] raw)
    {
        var at = json.IndexOf(placeholder, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. raw, .. Encoding.UTF8.GetBytes(json[(at + placeholder.Length)..])];
    }

    private async Task<HttpResponseMessage> PushRawAsync(byte[] body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/zalo/oa/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        return await App.Http.SendAsync(request);
    }

    private static string Timestamp(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("timestamp").GetString()!;
}
