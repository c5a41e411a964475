using System.Text.RegularExpressions;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Redis;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Reporting;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Tests;

/// <summary>
/// The issue's "done when", end to end through the real app and the real channel code: residents subscribe
/// by chatting on Telegram and Zalo, an officer composes on Telegram, a second officer approves on Zalo,
/// and the platform fakes receive exactly one alert per resident.
/// </summary>
public sealed partial class LiveChannelTests
{
    private const string Ward = "ha-noi.hoan-kiem";
    private const string AlertText =
        "Cảnh giác: kẻ gian gọi điện giả danh công an phường, yêu cầu chuyển tiền để \"xác minh\". Hãy cúp máy và báo Công an phường.";

    [Fact]
    public async Task OfficerOnTelegramComposesApproverOnZaloApprovesAndEverySubscriberOnBothChannelsGetsItOnce()
    {
        await using var app = await LiveApp.StartAsync();
        long[] telegramResidents = [1001, 1002, 1003, 1005];
        foreach (var chat in telegramResidents)
        {
            await SubscribeOnTelegramAsync(app, chat);
        }

        var english = await SubscribeOnTelegramInEnglishAsync(app, 1004);
        Assert.Contains("You now receive alerts from the police of", english);
        string[] zaloResidents = ["zalo-resident-1", "zalo-resident-2"];
        foreach (var user in zaloResidents)
        {
            await SubscribeOnZaloAsync(app, user);
        }

        app.Telegram.Block(1005); // this resident blocked the bot after subscribing

        var officers = app.Get<IOfficerStore>();
        var authorCode = await officers.CreateInviteAsync(Ward, OfficerRole.Officer, TimeSpan.FromHours(1), default);
        var approverCode = await officers.CreateInviteAsync(Ward, OfficerRole.Approver, TimeSpan.FromHours(1), default);
        Assert.Contains("Đã xác nhận", Single(await app.TelegramSaysAsync(2001, "/canbo " + authorCode)).Text);
        Assert.Contains("Đã xác nhận", Assert.Single(await app.ZaloSaysAsync("zalo-officer", "/canbo " + approverCode)).Text);

        var id = await ComposeOnTelegramAsync(app, 2001);

        // The approver's Zalo gets the alert exactly as residents will see it, with an approve button.
        await Eventually.HoldsAsync(() => app.Zalo.MessagesTo("zalo-officer").Any(m => m.Buttons.Any(b => b.Payload == OfficerPayloads.Approve(id))),
            "the approver on Zalo is asked to approve");
        Assert.Contains(app.Zalo.MessagesTo("zalo-officer"), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        Assert.Contains("Đã duyệt", string.Join("\n", (await app.ZaloSaysAsync("zalo-officer", OfficerPayloads.Approve(id))).Select(m => m.Text)));

        var store = app.Get<RedisAlertStore>();
        await Eventually.HoldsAsync(() => store.GetAsync(id).GetAwaiter().GetResult()!.Status == AlertStatus.Done, "the alert is delivered to everyone");

        // Exactly one alert per reachable resident, on each platform.
        foreach (var chat in telegramResidents.Where(c => c != 1005).Append(1004))
        {
            Assert.Single(app.Telegram.MessagesIn(chat), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        }

        foreach (var user in zaloResidents)
        {
            var alert = Assert.Single(app.Zalo.MessagesTo(user), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
            Assert.Contains("Công an Phường Hoàn Kiếm", alert.Text);
        }

        Assert.DoesNotContain(app.Telegram.MessagesIn(1005), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        var inEnglish = Assert.Single(app.Telegram.MessagesIn(1004), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        Assert.StartsWith("🚨 URGENT — SCAM ALERTS", inEnglish.Text);
        Assert.Contains("The police never phone you", inEnglish.Text);
        Assert.Contains(inEnglish.Buttons, b => b.Text == "Stop alerts");
        var inVietnamese = Assert.Single(app.Telegram.MessagesIn(1001), m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        Assert.StartsWith("🚨 KHẨN — CẢNH BÁO LỪA ĐẢO", inVietnamese.Text);

        // The resident who blocked the bot is marked and unsubscribed.
        Assert.Null(await app.Get<ISubscriptionStore>().GetAsync(new ConversationKey("telegram", "1005"), default));
        Assert.NotNull(await app.Get<ISubscriptionStore>().GetAsync(new ConversationKey("telegram", "1001"), default));
        Assert.Equal(new AlertCounts(7, 6, 1, 0, 0, 0), await store.GetCountsAsync(id));

        // The author's one status message was edited in place to the final count, then the report came.
        await Eventually.HoldsAsync(() => app.Telegram.MessagesIn(2001).Any(m => m.Text.StartsWith($"Đã gửi xong cảnh báo {id}", StringComparison.Ordinal)),
            "the author gets the report");
        var officerChat = app.Telegram.MessagesIn(2001);
        var status = officerChat.SingleOrDefault(m => ProgressLine().IsMatch(m.Text));
        Assert.True(status is not null, "officer chat:\n" + string.Join("\n---\n", officerChat.Select(m => m.Text)));
        Assert.Equal("Đã gửi 7/7", status!.Text);
        Assert.Contains(app.Telegram.RequestsFor("editMessageText"), r => r.Parameters["message_id"]?.ToString() == status.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var report = Assert.Single(officerChat, m => m.Text.StartsWith($"Đã gửi xong cảnh báo {id}", StringComparison.Ordinal));
        Assert.Contains("Đã nhận: 6", report.Text);
        Assert.Contains("Không gửi được: 1", report.Text);
        Assert.Contains("• Telegram: 5 người đăng ký — đã nhận 4 (tin nhắn 4); không gửi được 1 (đã chặn 1).", report.Text);
        Assert.Contains("• Zalo OA: 2 người đăng ký — đã nhận 2 (tin tư vấn 2).", report.Text);

        // The dashboard reads the real alert through the host's bridge.
        var recent = Assert.Single(await app.Get<IBroadcastProgressSource>().RecentAsync(20, default));
        Assert.Equal((id, "done", 7, 6, 1, 0, 0), (recent.Id, recent.Status, recent.Total, recent.Sent, recent.Blocked, recent.Failed, recent.Pending));
        Assert.Equal(4, recent.ByChannel["telegram"]);
        Assert.Equal(2, recent.ByChannel["zalo-oa"]);
        Assert.Contains("Hoàn Kiếm", recent.Area);
    }

    private static async Task SubscribeOnTelegramAsync(LiveApp app, long chat)
    {
        Assert.Contains("Bạn ở xã, phường nào?", Single(await app.TelegramSaysAsync(chat, "/dangky")).Text);
        var choices = Single(await app.TelegramSaysAsync(chat, "hoan kiem"));
        Assert.Contains("Đã đăng ký nhận tin của Công an", Single(await app.TelegramPressesAsync(choices, "s:a:" + Ward)).Text);
    }

    private static async Task<string> SubscribeOnTelegramInEnglishAsync(LiveApp app, long chat)
    {
        await app.TelegramSaysAsync(chat, "/en");
        Assert.Contains("Which commune or ward do you live in?", Single(await app.TelegramSaysAsync(chat, "/subscribe")).Text);
        var choices = Single(await app.TelegramSaysAsync(chat, "hoan kiem"));
        var shown = Single(await app.TelegramPressesAsync(choices, "s:a:" + Ward));
        Assert.Contains(shown.Buttons, b => b.Text == "✅ Scam alerts");
        return shown.Text;
    }

    private static async Task SubscribeOnZaloAsync(LiveApp app, string user)
    {
        Assert.Contains("Bạn ở xã, phường nào?", Assert.Single(await app.ZaloSaysAsync(user, "/dangky")).Text);
        var choices = await app.ZaloSaysAsync(user, "hoan kiem");
        Assert.Contains(choices.SelectMany(m => m.Buttons), b => b.Payload == "s:a:" + Ward);
        Assert.Contains("Đã đăng ký nhận tin của Công an", string.Join("\n", (await app.ZaloSaysAsync(user, "s:a:" + Ward)).Select(m => m.Text)));
    }

    /// <summary>/canhbao → ward → topic → urgency → text → preview → submit, by buttons and typing on Telegram.</summary>
    private static async Task<string> ComposeOnTelegramAsync(LiveApp app, long chat)
    {
        var areas = Last(await app.TelegramSaysAsync(chat, "/canhbao"));
        var chosen = Last(await app.TelegramPressesAsync(areas, OfficerPayloads.Area(Ward)));
        var topics = Last(await app.TelegramPressesAsync(chosen, OfficerPayloads.AreasDone));
        var urgency = Last(await app.TelegramPressesAsync(topics, OfficerPayloads.Topic(Topics.Scam)));
        var writing = await app.TelegramPressesAsync(urgency, OfficerPayloads.Urgency(true));
        Assert.NotEmpty(writing);

        // Talks of transfers and "verification": taken as the alert's text, not as a message to scam-check.
        var preview = await app.TelegramSaysAsync(chat, AlertText);
        Assert.Contains(preview, m => m.Text.StartsWith("Xem trước", StringComparison.Ordinal));
        Assert.Contains(preview, m => m.Text.Contains(AlertText, StringComparison.Ordinal));
        var submitted = Single(await app.TelegramPressesAsync(Last(preview), OfficerPayloads.Submit));
        var match = AlertId().Match(submitted.Text);
        Assert.True(match.Success, submitted.Text);
        return match.Groups[1].Value;
    }

    private static FakeMessage Single(IReadOnlyList<FakeMessage> messages) => Assert.Single(messages);

    private static FakeMessage Last(IReadOnlyList<FakeMessage> messages)
    {
        Assert.NotEmpty(messages);
        return messages[^1];
    }

    [GeneratedRegex(@"^Đã gửi \d")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"Mã cảnh báo: (\S+?)\.")]
    private static partial Regex AlertId();
}
