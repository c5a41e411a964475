using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Bot.Fraud.Tests;

/// <summary>POST /api/fraud/check and the officers' endpoints, through the real host.</summary>
public sealed class FraudApiTests : IDisposable
{
    private readonly FraudApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string json, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await _app.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetReportsAsync(string query, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/fraud/reports" + query);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await _app.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task InvalidUtf8InsideTheTextGetsA400ProblemNotA500()
    {
        // Was: a 500 (System.Text.Json throws only when the string is read).
        var body = (byte[])[.. "{\"text\":\"Chuyển tiền "u8.ToArray(), 0xC3, 0x28, .. " ngay\"}"u8.ToArray()];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _app.Client.PostAsync("/api/fraud/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsRefusedWith413()
    {
        // Was: only Content-Length was checked, so a chunked body was read in full.
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 1_000_000) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _app.Client.PostAsync("/api/fraud/check", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ACheckReturnsRiskScoreReasonsLinksAndMaskedPhones()
    {
        var text = "Cảnh sát giao thông: bạn có khoản tiền phạt chưa thanh toán, truy cập https://dichvucongg.top/vn hoặc gọi 0912345678.";
        var (status, body) = await PostAsync("/api/fraud/check", JsonSerializer.Serialize(new { text }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("high", body.GetProperty("risk").GetString());
        Assert.InRange(body.GetProperty("score").GetDouble(), 0.7, 1.0);
        var reasons = body.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Contains(reasons, r => r.GetProperty("code").GetString() == "traffic_fine_link");
        Assert.Contains(reasons, r => r.GetProperty("text").GetString() == "đường link dichvucongg[.]top không thuộc tên miền .gov.vn");
        Assert.Equal(["https://dichvucongg.top/vn"], body.GetProperty("urls").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["091*****78"], body.GetProperty("phones").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("không bảo đảm", body.GetProperty("advice").GetString());
        Assert.DoesNotContain("0912345678", body.GetRawText());
    }

    [Fact]
    public async Task ReasonsComeInEnglishWhenAsked()
    {
        var (_, body) = await PostAsync("/api/fraud/check", """{"text":"chi doc giup em ma OTP vua nhan nhe","lang":"en"}""");
        Assert.Contains(body.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("text").GetString() == "asks for an OTP code");
        Assert.Contains("not a guarantee", body.GetProperty("advice").GetString());
    }

    [Fact]
    public async Task AnOrdinaryMessageIsLowRiskAndStillSaysItIsNoGuarantee()
    {
        var (status, body) = await PostAsync("/api/fraud/check", """{"text":"Con ơi tối nay về ăn cơm nhé 🍲"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("low", body.GetProperty("risk").GetString());
        Assert.Equal(0, body.GetProperty("score").GetDouble());
        Assert.Contains("Điểm thấp không bảo đảm", body.GetProperty("advice").GetString());
    }

    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{}", "\"text\" is required")]
    [InlineData("""{"text":null}""", "\"text\" is required")]
    [InlineData("""{"text":42}""", "must be a string")]
    [InlineData("""{"txt":"hi"}""", "Unknown field")]
    [InlineData("""{"text":"   "}""", "empty")]
    public async Task BadInputGetsAClearProblem(string json, string expected)
    {
        var (status, body) = await PostAsync("/api/fraud/check", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TenThousandCharactersAreCheckedAndOneMoreIsRefused()
    {
        var longest = new string('a', 9_990) + " bit.ly/x";
        var (ok, _) = await PostAsync("/api/fraud/check", JsonSerializer.Serialize(new { text = longest + new string('b', 10_000 - longest.Length) }));
        Assert.Equal(HttpStatusCode.OK, ok);

        var (tooLong, body) = await PostAsync("/api/fraud/check", JsonSerializer.Serialize(new { text = new string('a', 10_001) }));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong);
        Assert.Contains("at most 10000", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ReportsNeedTheOfficerKey()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetReportsAsync("", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetReportsAsync("", "wrong-key")).Status);
        var (status, body) = await GetReportsAsync("?since=2020-01-01T00:00:00Z", FraudApp.OfficerKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await GetReportsAsync("?since=yesterday-ish", FraudApp.OfficerKey)).Status);
    }

    [Fact]
    public async Task TheOfficerApiIsOffWithoutAConfiguredKey()
    {
        using var app = new FraudApp(officerApi: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/fraud/reports");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FraudApp.OfficerKey);
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode); // one admin sign-in: "off" is 403 on every admin route
        Assert.Contains("Admin:ApiKeys", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOfficerAddsAReportedDomainAndTheNextCheckUsesIt()
    {
        const string check = """{"text":"Xem thông báo tại thongbao-moi.net"}""";
        var (_, before) = await PostAsync("/api/fraud/check", check);
        Assert.DoesNotContain(before.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "link_reported");

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/api/fraud/lists/domains", """{"value":"thongbao-moi.net"}""")).Status);
        var (status, added) = await PostAsync("/api/fraud/lists/domains", """{"value":"thongbao-moi.net"}""", FraudApp.OfficerKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(added.GetProperty("added").GetBoolean());

        var (_, after) = await PostAsync("/api/fraud/check", check);
        Assert.Equal("high", after.GetProperty("risk").GetString());
        Assert.Contains(after.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "link_reported");
    }

    [Fact]
    public async Task AnOfficerAddsAReportedPhoneNumber()
    {
        var (status, added) = await PostAsync("/api/fraud/lists/phones", """{"value":"+84 912 000 999"}""", FraudApp.OfficerKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(added.GetProperty("added").GetBoolean());
        var (_, after) = await PostAsync("/api/fraud/check", """{"text":"Ai gọi số 0912000999 thì cúp máy"}""");
        Assert.Contains(after.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "phone_reported");
    }
}
