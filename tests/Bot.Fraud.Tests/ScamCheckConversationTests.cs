using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.Fraud.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Fraud.Tests;

/// <summary>The scam check and the privacy guard as a resident meets them in the web chat.</summary>
public sealed class ScamCheckConversationTests : IDisposable
{
    private const string TrafficSms = "Cảnh sát giao thông Việt Nam: Hiện tại, bạn đang có một khoản tiền phạt chưa thanh toán… vui lòng truy cập: https://dichvucongg.top/vn";

    private readonly FraudApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ResidentOpensTheCheckFromTheMenuPastesAnSmsAndGetsAVerdictWithReasons()
    {
        var menu = await _app.ChatAsync("r1", text: "menu");
        var scams = FraudApp.Buttons(menu).Single(b => b.Label == "Lừa đảo: nhận biết, kiểm tra");
        var intro = await _app.ChatAsync("r1", payload: scams.Payload);
        var button = FraudApp.Buttons(intro).Single(b => b.Label == "Kiểm tra tin nhắn, link, số");

        var opened = await _app.ChatAsync("r1", payload: button.Payload);
        Assert.Equal("scams", opened.GetProperty("flow").GetString());
        Assert.Equal("check", opened.GetProperty("node").GetString());
        Assert.Contains(FraudApp.ReplyTexts(opened), t => t.StartsWith("Bạn dán"));

        var verdict = await _app.ChatAsync("r1", text: TrafficSms);
        var reply = Assert.Single(FraudApp.ReplyTexts(verdict));
        Assert.StartsWith("🔴 Nguy cơ lừa đảo: CAO", reply);
        Assert.Contains("• đường link dichvucongg[.]top không thuộc tên miền .gov.vn", reply);
        Assert.Contains("CSGT không gửi link nộp phạt qua tin nhắn", reply);
        Assert.Contains("không bấm link", reply);
        Assert.Contains("Điểm thấp không bảo đảm tin nhắn an toàn", reply);
        Assert.Contains(FraudApp.Buttons(verdict), b => b.Label == "Báo cáo tin lừa đảo này");
        Assert.Equal("check", verdict.GetProperty("node").GetString()); // ready for the next message

        var low = await _app.ChatAsync("r1", text: "Con ơi tối nay về ăn cơm nhé");
        var lowReply = Assert.Single(FraudApp.ReplyTexts(low));
        Assert.StartsWith("🟢 Nguy cơ lừa đảo: THẤP", lowReply);
        Assert.Contains("Điểm thấp không bảo đảm", lowReply);
    }

    [Fact]
    public async Task AReportedScamReachesOfficersRedacted()
    {
        await _app.ChatAsync("r2", payload: "f:scams.check");
        var verdict = await _app.ChatAsync("r2", text: "Cong an phuong yeu cau chi chuyen tien vao tai khoan an toan, goi lai 0912345678 ngay");
        var report = FraudApp.Buttons(verdict).Single(b => b.Label == "Báo cáo tin lừa đảo này");

        var thanks = await _app.ChatAsync("r2", payload: report.Payload);
        Assert.StartsWith("Cảm ơn bạn đã báo cáo", Assert.Single(FraudApp.ReplyTexts(thanks)));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/fraud/reports?since=2020-01-01T00:00:00Z");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FraudApp.OfficerKey);
        using var response = await _app.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = Assert.Single(body.GetProperty("reports").EnumerateArray());
        Assert.Equal("web", stored.GetProperty("channel").GetString());
        Assert.Equal("high", stored.GetProperty("risk").GetString());
        Assert.Contains("safe_account", stored.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("091*****78", stored.GetProperty("excerpt").GetString());
        Assert.DoesNotContain("0912345678", body.GetRawText());

        var again = await _app.ChatAsync("r2", payload: "fr:unknown-draft");
        Assert.StartsWith("Tin này đã quá lâu", Assert.Single(FraudApp.ReplyTexts(again)));
    }

    [Fact]
    public async Task KiemtraChecksTheTextAfterItFromAnywhere()
    {
        var answer = await _app.ChatAsync("r3", text: "/kiemtra Anh doc giup em ma OTP vua nhan de huy giao dich nhe");
        var reply = Assert.Single(FraudApp.ReplyTexts(answer));
        Assert.Contains("• yêu cầu cung cấp mã OTP", reply);
    }

    [Fact]
    public async Task WithoutTheOfficerStoreNobodyMayExtendTheLists()
    {
        // No Redis: no officers are enrolled, so the command is refused and the domain stays unlisted.
        var refused = Assert.Single(FraudApp.ReplyTexts(await _app.ChatAsync("r8", text: "/baocaolink gia-mao-moi.top")));
        Assert.StartsWith("Lệnh này chỉ dành cho cán bộ công an", refused);
        var english = await _app.ChatAsync("r8", text: "/reportnumber 0912000111");
        Assert.DoesNotContain(FraudApp.ReplyTexts(english), t => t.Contains("Đã thêm", StringComparison.Ordinal));

        var verdict = Assert.Single(FraudApp.ReplyTexts(await _app.ChatAsync("r8", text: "/kiemtra Xem tại https://gia-mao-moi.top")));
        Assert.DoesNotContain("đã bị báo cáo", verdict);
    }

    [Fact]
    public async Task KiemtraAloneOpensTheCheck()
    {
        var answer = await _app.ChatAsync("r4", text: "/kiemtra");
        Assert.Equal("scams", answer.GetProperty("flow").GetString());
        Assert.Equal("check", answer.GetProperty("node").GetString());
    }

    [Fact]
    public async Task APrintedQrCodeOfTheOldScamcheckFlowStillOpensTheCheck()
    {
        // Telegram turns https://t.me/<bot>?start=scamcheck into "/start scamcheck".
        var answer = await _app.ChatAsync("r4b", text: "/start scamcheck");
        Assert.Equal("scams", answer.GetProperty("flow").GetString());
        Assert.Equal("check", answer.GetProperty("node").GetString());
        Assert.Contains(FraudApp.ReplyTexts(answer), t => t.StartsWith("Bạn dán"));

        var verdict = await _app.ChatAsync("r4b", text: TrafficSms);
        Assert.StartsWith("🔴 Nguy cơ lừa đảo: CAO", FraudApp.ReplyTexts(verdict).Single());
    }

    [Fact]
    public async Task AForwardedSuspiciousMessageIsCheckedWithoutAskingButQuestionsStillRoute()
    {
        var forwarded = await _app.ChatAsync("r5", text: "Nhan qua tang 400.000d dip Tet tu Nha nuoc, dien thong tin tai qua-tet.vip");
        Assert.StartsWith("🔴 Nguy cơ lừa đảo: CAO", FraudApp.ReplyTexts(forwarded).Single());

        var question = await _app.ChatAsync("r6", text: "kích hoạt vneid");
        Assert.Equal("eid", question.GetProperty("flow").GetString());
        Assert.DoesNotContain(FraudApp.ReplyTexts(question), t => t.Contains("Nguy cơ lừa đảo"));
    }

    [Fact]
    public async Task ACitizenIdIsWarnedAboutAndNeverStored()
    {
        const string id = "001234567890";
        var answer = await _app.ChatAsync("r7", text: $"số căn cước của tôi là {id} nhờ kiểm tra giúp");
        var warning = FraudApp.ReplyTexts(answer).First();
        Assert.StartsWith("⚠️ Bạn vừa gửi số căn cước.", warning);
        Assert.Contains("kể cả tôi", warning);
        Assert.DoesNotContain(id, answer.GetRawText());

        var store = _app.Services.GetRequiredService<IConversationStore>();
        var snapshot = await store.LoadAsync(new ConversationKey("web", "r7"), null, default);
        Assert.NotNull(snapshot.Record);
        var saved = JsonSerializer.Serialize(snapshot.Record);
        Assert.DoesNotContain(id, saved);
        Assert.DoesNotContain("567890", saved);
    }

    [Fact]
    public async Task SecretsInsideACheckedMessageAreWarnedAboutAndKeptOnlyMasked()
    {
        await _app.ChatAsync("r8", payload: "f:scams.check");
        var answer = await _app.ChatAsync("r8", text: "Chị đọc mã OTP 482913 cho em, CCCD 001234567890, để nhận quà tặng tại qua-tang.vip");
        var replies = FraudApp.ReplyTexts(answer).ToList();
        Assert.StartsWith("⚠️ Bạn vừa gửi số căn cước và mã OTP.", replies[0]);
        Assert.StartsWith("🔴 Nguy cơ lừa đảo: CAO", replies[1]);

        var drafts = ((InMemoryScamReportStore)_app.Services.GetRequiredService<IScamReportStore>()).All();
        var draft = Assert.Single(drafts);
        Assert.DoesNotContain("482913", draft.Excerpt);
        Assert.DoesNotContain("001234567890", draft.Excerpt);
        Assert.DoesNotContain("4567890", JsonSerializer.Serialize(drafts));
    }

    [Theory]
    [InlineData("mã OTP của tôi là 482913", "mã OTP")]
    [InlineData("mat khau vneid cua toi la Abc@12345", "mật khẩu")]
    [InlineData("STK của tôi 0123456789 Vietcombank", "số tài khoản ngân hàng")]
    [InlineData("CMND cũ số 123456789", "số chứng minh thư cũ")]
    public async Task ThePrivacyGuardNamesWhatWasSent(string text, string what)
    {
        var answer = await _app.ChatAsync("r9", text: text);
        Assert.StartsWith($"⚠️ Bạn vừa gửi {what}.", FraudApp.ReplyTexts(answer).First());
    }

    [Fact]
    public async Task APhoneNumberAloneIsNotASecret()
    {
        var answer = await _app.ChatAsync("r10", text: "số điện thoại của tôi 0912345678");
        Assert.DoesNotContain(FraudApp.ReplyTexts(answer), t => t.StartsWith("⚠️"));
    }
}
