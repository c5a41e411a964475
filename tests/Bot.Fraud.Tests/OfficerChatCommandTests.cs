using Bot.Broadcasts.Officers;
using Bot.Dialogs.Officers;
using Bot.Fraud.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Fraud.Tests;

/// <summary>
/// Officers extend the reported lists and read the day's reports from chat, in the real host with
/// Redis: the role comes from the broadcast feature's officer store through the host's bridge.
/// </summary>
public sealed class OfficerChatCommandTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private FraudApp _app = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _app = new FraudApp(redis: _redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _redis.DisposeAsync();
    }

    private IOfficerStore Officers => _app.Services.GetRequiredService<IOfficerStore>();

    [Fact]
    public async Task AnEnrolledOfficerAddsADomainThatResidentsChecksFlagAtOnce()
    {
        await EnrolAsync("o1");
        var added = await SayAsync("o1", "/baocaolink https://www.lua-dao-moi[.]top/dang-nhap");
        Assert.StartsWith("Đã thêm tên miền lua-dao-moi[.]top vào danh sách trang lừa đảo", added);

        var verdict = await SayAsync("r1", "/kiemtra Nhận trợ cấp tại https://lua-dao-moi.top/nhan");
        Assert.Contains("• đường link lua-dao-moi[.]top đã bị báo cáo là lừa đảo", verdict);

        Assert.StartsWith("lua-dao-moi[.]top đã có trong danh sách rồi", await SayAsync("o1", "/reportlink lua-dao-moi.top"));
        Assert.StartsWith("dichvucong[.]gov[.]vn là trang hoặc số chính thức", await SayAsync("o1", "/baocaolink dichvucong.gov.vn"));
        Assert.StartsWith("Gõ tên miền lừa đảo sau lệnh", await SayAsync("o1", "/baocaolink"));

        var audit = await _app.Services.GetRequiredService<IAuditLog>().ReadLatestAsync(10, default);
        var entry = Assert.Single(audit, e => e.Action == "fraud.list.add-domain");
        Assert.Equal("web:o1", entry.Who);
        Assert.Equal("lua-dao-moi.top", entry.Detail);
    }

    [Fact]
    public async Task AReportedNumberIsAuditedMaskedNeverPlain()
    {
        await EnrolAsync("o2");
        Assert.StartsWith("Đã thêm số 091*****66 vào danh sách số lừa đảo", await SayAsync("o2", "/baocaoso 0912 555 666"));

        var verdict = await SayAsync("r2", "/kiemtra Chị gọi lại số 0912555666 để nhận quà nhé");
        Assert.Contains("số điện thoại 091*****66 đã bị báo cáo là lừa đảo", verdict);

        var audit = await _app.Services.GetRequiredService<IAuditLog>().ReadLatestAsync(10, default);
        var entry = Assert.Single(audit, e => e.Action == "fraud.list.add-phone");
        Assert.Equal("web:o2", entry.Who);
        Assert.StartsWith("091*****66", entry.Detail);
        Assert.DoesNotContain(audit, e => e.Detail.Contains("555666", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResidentsAreRefusedPolitelyAndNothingIsAdded()
    {
        var refused = await SayAsync("r3", "/baocaolink gia-mao.top");
        Assert.StartsWith("Lệnh này chỉ dành cho cán bộ công an", refused);
        Assert.Contains("/kiemtra", refused);
        Assert.StartsWith("Lệnh này chỉ dành cho cán bộ công an", await SayAsync("r3", "/baocaongay"));

        var verdict = await SayAsync("r3", "/kiemtra Xem tại https://gia-mao.top");
        Assert.DoesNotContain("đã bị báo cáo", verdict);
        Assert.DoesNotContain(await _app.Services.GetRequiredService<IAuditLog>().ReadLatestAsync(10, default),
            e => e.Action.StartsWith("fraud.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARevokedOfficerIsRefusedOnTheNextCommand()
    {
        await EnrolAsync("o4");
        Assert.StartsWith("Đã thêm", await SayAsync("o4", "/baocaolink truoc-khi-thu-hoi.top"));
        Assert.True(await Officers.RevokeAsync("web:o4", default));

        Assert.StartsWith("Lệnh này chỉ dành cho cán bộ công an", await SayAsync("o4", "/baocaolink sau-khi-thu-hoi.top"));
    }

    [Fact]
    public async Task AnOfficerReadsTodaysReportsWithPersonalDataHidden()
    {
        await EnrolAsync("o5");
        Assert.Contains("Chưa có báo cáo nào.", await SayAsync("o5", "/baocaongay"));

        var verdict = await _app.ChatAsync("r5", text: "/kiemtra Cong an yeu cau chuyen tien vao tai khoan an toan tai https://an-toan-tk.top, goi 0912345678");
        var report = FraudApp.Buttons(verdict).Single(b => b.Label == "Báo cáo tin lừa đảo này");
        await _app.ChatAsync("r5", payload: report.Payload);

        var digest = await SayAsync("o5", "/baocaongay");
        Assert.StartsWith("📋 Báo cáo tin lừa đảo hôm nay", digest);
        Assert.Contains("Số báo cáo: 1", digest);
        Assert.Contains("an-toan-tk[.]top: 1", digest);
        Assert.Contains("091*****78", digest);
        Assert.DoesNotContain("0912345678", digest);
    }

    private async Task EnrolAsync(string chat)
    {
        var code = await Officers.CreateInviteAsync("ha-noi.hoan-kiem", OfficerRole.Officer, TimeSpan.FromHours(1), default);
        Assert.Contains("Đã xác nhận", await SayAsync(chat, "/canbo " + code));
    }

    private async Task<string> SayAsync(string chat, string text) =>
        string.Join("\n", FraudApp.ReplyTexts(await _app.ChatAsync(chat, text: text)));
}
