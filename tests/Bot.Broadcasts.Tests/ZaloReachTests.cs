using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Reporting;

namespace Bot.Broadcasts.Tests;

/// <summary>
/// Issue 20: alerts reach Zalo subscribers after their first week. The real app, the real Zalo OA channel and a real
/// redis-server, against a loopback fake that enforces Zalo's rules (7-day window, followers, one promotion a day,
/// night ban, quota).
/// </summary>
public sealed class ZaloReachTests
{
    private const string Ward = "ha-noi.hoan-kiem";
    private const string FollowUrl = "https://zalo.me/579745863508352884";
    private const string AdminKey = "zalo-reach-admin-key-0123456789";
    private const string AlertText = "Cảnh giác: có người gọi điện tự xưng công an phường, đòi chuyển tiền để \"xác minh\". Hãy cúp máy và báo Công an phường.";

    private static readonly Actor Author = new("key:author", OfficerRole.Officer, ["ha-noi"], new ConversationKey("zalo-oa", "officer-chat"));
    private static readonly Actor Approver = new("key:approver", OfficerRole.Approver, ["ha-noi"]);

    [Fact]
    public async Task UrgentAlertReachesAFollowerWhoLastWroteEightDaysAgoByPromotionAndTheReportAccountsForEverySubscriber()
    {
        var time = new TestTime(TestTime.Vietnam(10));
        await using var app = await LiveApp.StartAsync(time, Settings());
        var firstWeek = time.GetUtcNow();

        // Four residents subscribe by chatting; the one who does not follow is asked to, with a one-tap button.
        app.Zalo.Unfollow("newbie");
        var followerAdvice = await SubscribeAsync(app, "old");
        Assert.Contains("Bạn đã quan tâm trang Zalo này nên vẫn nhận được tin cảnh báo", followerAdvice.Text);
        var invitation = await SubscribeAsync(app, "newbie");
        Assert.Contains("Bạn hãy bấm \"Quan tâm\" trang Zalo này", invitation.Text);
        var follow = Assert.Single(invitation.Buttons);
        Assert.Equal(("oa.open.url", FollowUrl), (follow.Type, follow.Url));
        await SubscribeAsync(app, "gone");
        await SubscribeAsync(app, "recent");
        await app.ZaloFollowsAsync("gone", follows: false);

        // Eight days later only "recent" has written again.
        time.Advance(TimeSpan.FromDays(8));
        foreach (var user in new[] { "old", "gone", "newbie" })
        {
            app.Zalo.LastInteracted(user, firstWeek);
        }

        await app.ZaloSaysAsync("recent", "/dangky");
        var code = await app.Get<IOfficerStore>().CreateInviteAsync(Ward, OfficerRole.Approver, TimeSpan.FromHours(1), default);
        Assert.Contains("Đã xác nhận", Assert.Single(await app.ZaloSaysAsync("approver", "/canbo " + code)).Text);

        // The approver sees, before deciding, whom it can reach and the quota it will use.
        var service = app.Get<BroadcastService>();
        var id = (await service.CreateAsync(Author, [Ward], Topics.Scam, urgent: true, AlertText, default)).Alert!.Id;
        var ask = Assert.Single(app.Zalo.MessagesTo("approver"), m => m.Text.Contains($"Cảnh báo {id} chờ duyệt", StringComparison.Ordinal));
        Assert.Contains("• Zalo OA: 4 người", ask.Text);
        Assert.Contains("tin tư vấn 1", ask.Text);
        Assert.Contains("tin truyền thông 1", ask.Text);
        Assert.Contains("không gửi được 2 (chưa quan tâm trang Zalo 2)", ask.Text);
        Assert.Contains("dùng 1 lượt tin truyền thông, OA còn 2.000 lượt", ask.Text);
        var pending = await GetStatusAsync(app, id);
        Assert.Equal(1, pending.GetProperty("estimate")[0].GetProperty("quotaUse").GetInt64());

        await app.ZaloSaysAsync("approver", OfficerPayloads.Approve(id));
        await WaitUntilDoneAsync(app, id);

        // "recent" gets a free customer-service message; "old" a promotion in the template, with the stop button.
        Assert.Equal("cs", Assert.Single(app.Zalo.MessagesTo("recent"), m => m.Text.Contains(AlertText, StringComparison.Ordinal)).Type);
        var promotion = Assert.Single(app.Zalo.PromotionsTo("old"));
        Assert.Equal("🚨 KHẨN — CẢNH BÁO LỪA ĐẢO", promotion.Header);
        Assert.Equal("VI", promotion.Language);
        Assert.Contains(AlertText, promotion.Text);
        Assert.Contains("Công an không bao giờ gọi điện đòi chuyển tiền hay mã OTP.", promotion.Text);
        Assert.Equal(("Ngừng nhận tin", "oa.query.hide", "s:stop"), (promotion.Buttons[0].Title, promotion.Buttons[0].Type, promotion.Buttons[0].Payload));
        Assert.DoesNotContain(app.Zalo.AllMessages(), m => m.UserId is "gone" or "newbie" && m.Text.Contains(AlertText, StringComparison.Ordinal));

        // Nobody is dropped: residents who cannot be reached now stay subscribed (they may follow or write again).
        var subscriptions = app.Get<ISubscriptionStore>();
        foreach (var user in new[] { "gone", "newbie", "old", "recent" })
        {
            Assert.NotNull(await subscriptions.GetAsync(new ConversationKey("zalo-oa", user), default));
        }

        // The report accounts for every subscriber, with reasons: in the author's chat, the admin API and the dashboard.
        const string line = "• Zalo OA: 4 người đăng ký — đã nhận 2 (tin tư vấn 1, tin truyền thông 1); không gửi được 2 (chưa quan tâm trang Zalo 2).";
        await Eventually.HoldsAsync(() => app.Zalo.MessagesTo("officer-chat").Any(m => m.Text.Contains(line, StringComparison.Ordinal)),
            "the author's report lists the Zalo reach: " + string.Join(" | ", app.Zalo.MessagesTo("officer-chat").Select(m => m.Text)));
        var reach = (await GetStatusAsync(app, id)).GetProperty("reach")[0];
        Assert.Equal("zalo-oa", reach.GetProperty("channel").GetString());
        Assert.Equal(4, reach.GetProperty("subscribers").GetInt64());
        Assert.Equal(1, reach.GetProperty("reached").GetProperty("cs").GetInt64());
        Assert.Equal(1, reach.GetProperty("reached").GetProperty("promotion").GetInt64());
        Assert.Equal(2, reach.GetProperty("skipped").GetProperty("not-following").GetInt64());
        Assert.Equal(0, reach.GetProperty("notYetTried").GetInt64());
        var dashboard = Assert.Single(await app.Get<IBroadcastProgressSource>().RecentAsync(20, default));
        Assert.Equal(2, Assert.Single(dashboard.Reach!).Skipped["not-following"]);

        // The stop button under the promotion works like the one under a customer-service message.
        app.Zalo.LastInteracted("old", time.GetUtcNow());
        Assert.Contains("Đã hủy toàn bộ đăng ký", string.Join("\n", (await app.ZaloSaysAsync("old", "s:stop")).Select(m => m.Text)));
        Assert.Equal(0, app.Zalo.Violations);
    }

    [Fact]
    public async Task QuotaRunningOutMidRunPausesAndThenSkipsTheRestWithTheReasonWhileRateLimitsOnlyDelay()
    {
        var time = new RunningTestTime(TestTime.Vietnam(10)); // promotions are refused at night, whenever CI runs
        await using var app = await LiveApp.StartAsync(time, Settings(new() { ["Zalo:OA:QuotaPause"] = "00:00:01", ["Zalo:OA:RetryBackoff"] = "00:00:00.200" }));
        var subscriptions = app.Get<ISubscriptionStore>();
        string[] old = ["o1", "o2", "o3", "o4", "o5"];
        foreach (var user in old.Append("fresh"))
        {
            await subscriptions.SetAsync(new ConversationKey("zalo-oa", user), new Subscription(Ward, [Topics.Scam]), default);
        }

        foreach (var user in old)
        {
            app.Zalo.LastInteracted(user, time.GetUtcNow().AddDays(-8)); // the bot never saw them write: it learns from Zalo's -230
        }

        app.Zalo.PromotionQuota = 2;
        app.Zalo.FailNextSends(-32);

        var id = await CreateAndApproveAsync(app);
        await WaitUntilDoneAsync(app, id);

        Assert.Single(app.Zalo.MessagesTo("fresh"), m => m.Type == "cs" && m.Text.Contains(AlertText, StringComparison.Ordinal));
        Assert.Equal(2, old.Sum(u => app.Zalo.PromotionsTo(u).Count));
        Assert.All(old, u => Assert.True(app.Zalo.PromotionsTo(u).Count <= 1));
        Assert.True(app.Zalo.QuotaReads >= 1, "the quota was read before and during the run");
        var reach = Assert.Single(await app.Get<BroadcastService>().ReachAsync(id));
        Assert.Equal(6, reach.Subscribers);
        Assert.Equal(new Dictionary<string, long> { ["cs"] = 1, ["promotion"] = 2 }, reach.Reached);
        Assert.Equal(new Dictionary<string, long> { ["quota-exhausted"] = 3 }, reach.Skipped);
        Assert.Empty(reach.Waiting);
        Assert.Equal(0, app.Zalo.Violations);
    }

    [Fact]
    public async Task TwoMoreAlertsOnOneDayWaitThroughTheNightAndReachTheFollowerNextMorningAsOneDigest()
    {
        var time = new TestTime(TestTime.Vietnam(10));
        await using var app = await LiveApp.StartAsync(time, Settings());
        var firstWeek = time.GetUtcNow();
        await SubscribeAsync(app, "old");
        time.Advance(TimeSpan.FromDays(8));
        app.Zalo.LastInteracted("old", firstWeek);
        var service = app.Get<BroadcastService>();

        var first = await CreateAndApproveAsync(app, "Tin thứ nhất: cảnh giác cuộc gọi giả danh công an.");
        await WaitUntilDoneAsync(app, first);
        Assert.Single(app.Zalo.PromotionsTo("old"));

        time.Advance(TimeSpan.FromHours(1));
        var second = await CreateAndApproveAsync(app, "Tin thứ hai: không bấm vào đường link lạ gửi qua tin nhắn.");
        time.Advance(TimeSpan.FromHours(1));
        var third = await CreateAndApproveAsync(app, "Tin thứ ba: không cài ứng dụng theo hướng dẫn của người lạ.");
        foreach (var id in new[] { second, third })
        {
            await WaitForWaitingAsync(service, id, "daily-limit");
            Assert.Equal(AlertStatus.Sending, (await service.GetAsync(Approver, id)).Alert!.Status);
        }

        // Midnight: a new day, but Zalo refuses promotions at night, so they wait until 06:00.
        time.Set(TestTime.Vietnam(0, 30).AddDays(9));
        await WaitForWaitingAsync(service, second, "night");
        Assert.Single(app.Zalo.PromotionsTo("old"));

        time.Set(TestTime.Vietnam(6).AddDays(9));
        await WaitUntilDoneAsync(app, second);
        await WaitUntilDoneAsync(app, third);
        var promotions = app.Zalo.PromotionsTo("old");
        Assert.Equal(2, promotions.Count);
        var digest = promotions[1];
        Assert.Equal("📢 2 tin cảnh báo của Công an", digest.Header);
        Assert.Contains("Tin thứ hai", digest.Text);
        Assert.Contains("Tin thứ ba", digest.Text);
        Assert.True(digest.Text.IndexOf("Tin thứ hai", StringComparison.Ordinal) < digest.Text.IndexOf("Tin thứ ba", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, long> { ["promotion"] = 1 }, Assert.Single(await service.ReachAsync(third)).Reached);
        Assert.Equal(0, app.Zalo.Violations);
    }

    [Fact]
    public async Task RestartingTheBotMidRunSendsNobodyTheSameAlertTwice()
    {
        var settings = Settings(new()
        {
            ["Broadcasts:RatePerSecond:zalo-oa"] = "10",
            ["Broadcasts:Concurrency"] = "4",
            ["Broadcasts:ClaimIdleTime"] = "00:00:02",
        });
        var time = new RunningTestTime(TestTime.Vietnam(10));
        await using var first = await LiveApp.StartAsync(time, settings);
        var subscriptions = first.Get<ISubscriptionStore>();
        var residents = Enumerable.Range(0, 40).Select(i => "r" + i).ToList();
        foreach (var user in residents)
        {
            await subscriptions.SetAsync(new ConversationKey("zalo-oa", user), new Subscription(Ward, [Topics.Scam]), default);
        }

        foreach (var user in residents.Where((_, i) => i % 2 == 0))
        {
            first.Zalo.LastInteracted(user, time.GetUtcNow().AddDays(-8)); // half of them only a promotion reaches
        }

        var id = await CreateAndApproveAsync(first);
        await Eventually.HoldsAsync(() => Received(first.Zalo, residents) >= 12, "the first process has sent a dozen");
        await first.StopBotAsync();
        Assert.True(Received(first.Zalo, residents) < residents.Count, "the restart happened mid-run");

        await using var second = await LiveApp.RestartOnAsync(first, time, settings);
        await WaitUntilDoneAsync(second, id);
        Assert.All(residents, user => Assert.Single(second.Zalo.MessagesTo(user), m => m.Text.Contains(AlertText, StringComparison.Ordinal)));
        var reach = Assert.Single(await second.Get<BroadcastService>().ReachAsync(id));
        Assert.Equal(new Dictionary<string, long> { ["cs"] = 20, ["promotion"] = 20 }, reach.Reached);
        Assert.Equal(0, second.Zalo.Violations);
    }

    [Fact]
    public async Task AnOaApprovedForTransactionMessagesUsesThemWithinAYearOfTheLastMessageAndPromotionBeyond()
    {
        var time = new TestTime(TestTime.Vietnam(10));
        await using var app = await LiveApp.StartAsync(time, Settings(new() { ["Zalo:OA:AlertMessageTypes"] = "cs,transaction,promotion" }));
        var longAgo = time.GetUtcNow();
        await SubscribeAsync(app, "long-ago");
        time.Advance(TimeSpan.FromDays(370));
        var lastMonth = time.GetUtcNow();
        await SubscribeAsync(app, "last-month");
        time.Advance(TimeSpan.FromDays(30));
        app.Zalo.LastInteracted("long-ago", longAgo);
        app.Zalo.LastInteracted("last-month", lastMonth);

        var id = await CreateAndApproveAsync(app);
        await WaitUntilDoneAsync(app, id);

        var transaction = Assert.Single(app.Zalo.MessagesTo("last-month"), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        Assert.Equal(("transaction", "🚨 KHẨN — CẢNH BÁO LỪA ĐẢO"), (transaction.Type, transaction.Header));
        Assert.Equal("promotion", Assert.Single(app.Zalo.MessagesTo("long-ago"), m => m.Text.Contains(AlertText, StringComparison.Ordinal)).Type);
        Assert.Equal(new Dictionary<string, long> { ["promotion"] = 1, ["transaction"] = 1 }, Assert.Single(await app.Get<BroadcastService>().ReachAsync(id)).Reached);
    }

    private static int Received(FakeZaloOaApi zalo, IEnumerable<string> users) =>
        users.Sum(u => zalo.MessagesTo(u).Count(m => m.Text.Contains(AlertText, StringComparison.Ordinal)));

    private static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = AdminKeySettings.For(0, "ops", AdminKey, "admin", "*");
        settings["Zalo:OA:FollowUrl"] = FollowUrl;
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>/dangky → commune name → the commune's button, on Zalo; returns the last message (the follow advice).</summary>
    private static async Task<FakeOaMessage> SubscribeAsync(LiveApp app, string user)
    {
        Assert.Contains("Bạn ở xã, phường nào?", Assert.Single(await app.ZaloSaysAsync(user, "/dangky")).Text);
        await app.ZaloSaysAsync(user, "hoan kiem");
        var done = await app.ZaloSaysAsync(user, "s:a:" + Ward);
        Assert.Contains(done, m => m.Text.Contains("Đã đăng ký nhận tin của Công an", StringComparison.Ordinal));
        return done[^1];
    }

    private static async Task<string> CreateAndApproveAsync(LiveApp app, string text = AlertText)
    {
        var service = app.Get<BroadcastService>();
        var id = (await service.CreateAsync(Author, [Ward], Topics.Scam, urgent: true, text, default)).Alert!.Id;
        Assert.Null((await service.ApproveAsync(Approver, id, default)).Problem);
        return id;
    }

    private static async Task WaitUntilDoneAsync(LiveApp app, string id)
    {
        var store = app.Get<IAlertStore>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await store.GetAsync(id))!.Status != AlertStatus.Done)
        {
            if (DateTime.UtcNow > deadline)
            {
                // Say where every subscriber stands, so a failure explains itself.
                Assert.Fail($"Alert {id} is not done: {await store.GetCountsAsync(id)}; {AlertFormatter.Reach(await store.GetReachAsync(id))}; "
                            + string.Join(", ", app.Zalo.AllMessages().Select(m => $"{m.UserId}:{m.Type}")));
            }

            await Task.Delay(50);
        }
    }

    private static Task WaitForWaitingAsync(BroadcastService service, string id, string reason) =>
        Eventually.HoldsAsync(() => service.ReachAsync(id).GetAwaiter().GetResult().Any(c => c.Waiting.GetValueOrDefault(reason) == 1),
            $"alert {id} has one resident waiting for '{reason}'");

    private static async Task<JsonElement> GetStatusAsync(LiveApp app, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/broadcasts/" + id);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await app.Http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
