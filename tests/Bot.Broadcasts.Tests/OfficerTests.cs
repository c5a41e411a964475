using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class OfficerTests
{
    [Fact]
    public async Task InviteCodeBindsTheRoleToTheChatOnceAndIsRefusedTheSecondTime()
    {
        await using var rig = await StartAsync(deliver: false);
        var code = await rig.Officers.CreateInviteAsync("ha-noi.hoan-kiem", OfficerRole.Officer, TimeSpan.FromHours(48), default);

        var first = await rig.SayAsync("officer-1", "/canbo " + code.ToLowerInvariant().Replace("-", " "));
        Assert.Contains("Đã xác nhận: bạn là cán bộ soạn cảnh báo của Phường Hoàn Kiếm", Text(first));

        var again = await rig.SayAsync("someone-else", "/canbo " + code);
        Assert.Contains("đã được dùng", Text(again));
        Assert.Null(await rig.Officers.GetAsync(new ConversationKey(Channel, "someone-else"), default));

        var stored = await rig.Db.HashGetAllAsync("bc:off:inv:" + InviteCodes.Hash(code));
        Assert.Empty(stored); // the code is gone; only its hash was ever stored
        var mux = rig.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>();
        var everything = mux.GetServer(mux.GetEndPoints()[0]).Keys(pattern: "*").Select(k => k.ToString()).ToList();
        Assert.DoesNotContain(everything, k => k.Contains(InviteCodes.Normalize(code), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiredInviteCodeIsRefused()
    {
        var time = new TestTime(DateTimeOffset.UtcNow);
        await using var rig = await StartAsync(deliver: false, time: time);
        var code = await rig.Officers.CreateInviteAsync("ha-noi", OfficerRole.Approver, TimeSpan.FromHours(48), default);

        time.Advance(TimeSpan.FromHours(49));
        var answer = await rig.SayAsync("late", "/canbo " + code);

        Assert.Contains("đã hết hạn", Text(answer));
        Assert.Null(await rig.Officers.GetAsync(new ConversationKey(Channel, "late"), default));
    }

    [Fact]
    public async Task WrongCodeIsRefusedAndResidentsCannotCompose()
    {
        await using var rig = await StartAsync(deliver: false);

        Assert.Contains("không đúng", Text(await rig.SayAsync("guess", "/canbo AAAA-BBBB-CCCC")));
        Assert.Contains("dành cho cán bộ", Text(await rig.SayAsync("guess", "/canhbao")));
        Assert.Contains("dành cho cán bộ", Text(await rig.PressAsync("guess", "o:ok:abcdefghij")));
    }

    [Fact]
    public async Task CommuneOfficerCannotAlertAnotherCommuneButProvinceScopeCoversItsCommunes()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.EnrolAsync("ward", "ha-noi.hoan-kiem", OfficerRole.Officer);
        await rig.EnrolAsync("province", "ha-noi", OfficerRole.Officer);
        var ward = (await rig.Officers.GetAsync(new ConversationKey(Channel, "ward"), default))!.ToActor(null);
        var province = (await rig.Officers.GetAsync(new ConversationKey(Channel, "province"), default))!.ToActor(null);

        var refused = await rig.Broadcasts.CreateAsync(ward, ["ha-noi.cua-nam"], Topics.Scam, false, "Cảnh giác lừa đảo.", default);
        Assert.Equal(403, refused.Problem!.Status);

        var allowed = await rig.Broadcasts.CreateAsync(province, ["ha-noi.cua-nam"], Topics.Scam, false, "Cảnh giác lừa đảo.", default);
        Assert.Equal(AlertStatus.PendingApproval, allowed.Alert!.Status);

        await rig.SayAsync("ward", "/canhbao");
        var chatRefusal = await rig.PressAsync("ward", "o:a:ha-noi.cua-nam");
        Assert.Contains("không phụ trách địa bàn này", Text(chatRefusal));
    }

    [Fact]
    public async Task OfficerComposesPreviewsAndSubmitsAndADifferentApproverApproves()
    {
        await using var rig = await StartAsync();
        await rig.SubscribeManyAsync(5, "ha-noi.hoan-kiem");
        await rig.EnrolAsync("author", "ha-noi.hoan-kiem", OfficerRole.Approver);
        await rig.EnrolAsync("chief", "ha-noi", OfficerRole.Approver);

        Assert.Contains("o:a:ha-noi.hoan-kiem", Payloads(await rig.SayAsync("author", "/canhbao")));
        Assert.Contains("o:ad", Payloads(await rig.PressAsync("author", "o:a:ha-noi.hoan-kiem")));
        Assert.Contains("o:t:scam", Payloads(await rig.PressAsync("author", "o:ad")));
        Assert.Contains("o:u:1", Payloads(await rig.PressAsync("author", "o:t:scam")));
        Assert.Contains("Gõ nội dung", Text(await rig.PressAsync("author", "o:u:1")));

        var badLink = await rig.SayAsync("author", "Cập nhật VNeID tại vneid-capnhat.com ngay");
        Assert.Contains("vneid-capnhat.com không phải trang chính thức", Text(badLink));

        var text = "Có kẻ giả danh công an gọi điện yêu cầu cập nhật VNeID. Không làm theo. Xem dichvucong.gov.vn";
        var preview = await rig.SayAsync("author", text);
        var residentView = rig.Services.GetRequiredService<AlertFormatter>().Render(["ha-noi.hoan-kiem"], Topics.Scam, true, text);
        Assert.Equal(residentView.Text, preview.Replies[1].Text);
        Assert.Contains("o:send", Payloads(preview));

        var submitted = await rig.PressAsync("author", "o:send");
        var id = Payloads(submitted).Single()["o:c:".Length..];
        Assert.Equal(0, rig.Platform.Deliveries.Keys.Count(k => k.StartsWith('r')));

        var self = await rig.PressAsync("author", "o:ok:" + id);
        Assert.Contains("không thể tự duyệt", Text(self));

        Assert.True(rig.Platform.Texts.ContainsKey("chief"), "the approver in scope is asked");
        Assert.Contains("chờ duyệt", string.Join("\n", rig.Platform.Texts["chief"]));
        Assert.Contains("Đã duyệt", Text(await rig.PressAsync("chief", "o:ok:" + id)));

        await Eventually.HoldsAsync(async () => (await rig.Broadcasts.GetAsync(new Actor("x", OfficerRole.Admin, ["*"]), id)).Alert!.Status == AlertStatus.Done,
            "the alert is delivered");
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(1, rig.Platform.Deliveries["r" + i]));
        await Eventually.HoldsAsync(() => rig.Platform.Texts.TryGetValue("author", out var author) && author.Any(t => t.Contains("Đã nhận: 5")), "the author gets the report");
        Assert.Contains("Đã gửi 5/5", rig.Platform.Editable.Values); // the one progress message, edited in place

        var audit = await rig.Services.GetRequiredService<IAuditLog>().ReadLatestAsync(50, default);
        Assert.Contains(audit, e => e.Action == "create" && e.Who == $"{Channel}:author");
        Assert.Contains(audit, e => e.Action == "approve-refused" && e.Who == $"{Channel}:author");
        Assert.Contains(audit, e => e.Action == "approve" && e.Who == $"{Channel}:chief");
        Assert.Contains(audit, e => e.Action == "enrol" && e.Who == $"{Channel}:chief");
    }

    [Fact]
    public async Task RevokedOfficerLosesAccessAtOnce()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.EnrolAsync("gone", "ha-noi.hoan-kiem", OfficerRole.Officer);

        Assert.True(await rig.Officers.RevokeAsync($"{Channel}:gone", default));

        Assert.Contains("dành cho cán bộ", Text(await rig.SayAsync("gone", "/canhbao")));
    }

    [Fact]
    public async Task PendingAlertsExpire()
    {
        var time = new TestTime(DateTimeOffset.UtcNow);
        await using var rig = await StartAsync(deliver: false, time: time);
        var author = new Actor("key:a", OfficerRole.Officer, ["ha-noi"]);
        var approver = new Actor("key:b", OfficerRole.Approver, ["ha-noi"]);
        var created = await rig.Broadcasts.CreateAsync(author, ["ha-noi"], Topics.General, false, "Thông báo.", default);

        time.Advance(TimeSpan.FromHours(13));
        var late = await rig.Broadcasts.ApproveAsync(approver, created.Alert!.Id, default);

        Assert.Equal(409, late.Problem!.Status);
        Assert.Equal(AlertStatus.Expired, (await rig.Broadcasts.GetAsync(approver, created.Alert.Id)).Alert!.Status);
    }

    [Theory]
    [InlineData("Xem https://dichvucong.gov.vn/p/home", true)]
    [InlineData("Xem congan.hanoi.gov.vn hoặc gọi 113", true)]
    [InlineData("Tại TP.HCM, v.v. không có link", true)]
    [InlineData("Bấm http://vneid-gov.vn.xyz/login", false)]
    [InlineData("Tải app tại bit.ly/abc", false)]
    [InlineData("Vào www.gov.vn.evil.com", false)]
    public void OnlyAllowListedLinksPass(string text, bool allowed)
    {
        var links = new LinkPolicy(["*.gov.vn"]);
        Assert.Equal(allowed, links.DisallowedHosts(text).Count == 0);
    }
}
