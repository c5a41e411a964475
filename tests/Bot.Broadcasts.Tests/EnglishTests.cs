using Bot.Broadcasts.Alerts;
using Bot.Dialogs.Turns;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class EnglishTests
{
    [Fact]
    public async Task ResidentWhoChoseEnglishSubscribesInEnglishAndGetsAlertsFramedInEnglish()
    {
        await using var rig = await StartAsync(time: new TestTime(TestTime.Vietnam(10))); // daytime: no quiet hours
        await rig.PressAsync("anna", "c:lang_en");

        Assert.Contains("Which commune or ward do you live in?", Text(await rig.SayAsync("anna", "/subscribe")));
        Assert.Contains("No commune or ward called \"nowhere at all\"", Text(await rig.SayAsync("anna", "nowhere at all")));
        var found = await rig.SayAsync("anna", "hoan kiem");
        Assert.Equal("Choose your commune or ward:", found.Replies[0].Text);
        var done = await rig.PressAsync("anna", "s:a:ha-noi.hoan-kiem");
        Assert.Contains("You now receive alerts from the police of Phường Hoàn Kiếm, Thành phố Hà Nội.", Text(done));
        Assert.Contains("Topics: Scam alerts, Welfare payment notices, General notices.", Text(done));
        Assert.Contains(done.Replies.SelectMany(r => r.Buttons), b => b.Label == "🛑 Stop all alerts");
        Assert.Equal("en", (await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "anna"), default))!.Locale);

        await rig.SubscribeManyAsync(1, "ha-noi.hoan-kiem", prefix: "viet");
        var id = await DeliveryTests.CreateAndApproveAsync(rig, urgent: false, topic: Topics.Scam);
        await DeliveryTests.WaitUntilAsync(rig, id, AlertStatus.Done);

        var english = Assert.Single(rig.Platform.Texts["anna"]);
        Assert.StartsWith("📢 Scam alerts\nPolice of Phường Hoàn Kiếm, Thành phố Hà Nội\n\nCảnh giác cuộc gọi giả danh công an.", english);
        Assert.EndsWith("The police never phone you to ask for money transfers or OTP codes.", english);
        var vietnamese = Assert.Single(rig.Platform.Texts["viet0"]);
        Assert.StartsWith("📢 Cảnh báo lừa đảo\nCông an Phường Hoàn Kiếm, Thành phố Hà Nội\n\nCảnh giác cuộc gọi giả danh công an.", vietnamese);
        Assert.EndsWith("Công an không bao giờ gọi điện đòi chuyển tiền hay mã OTP.", vietnamese);
    }

    [Fact]
    public async Task SubscriberWhoSwitchesBackToVietnameseGetsVietnameseScreensAndAlerts()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.PressAsync("binh", "c:lang_en");
        await rig.SayAsync("binh", "/subscribe");
        await rig.SayAsync("binh", "hoan kiem");
        await rig.PressAsync("binh", "s:a:ha-noi.hoan-kiem");

        await rig.SayAsync("binh", "/vi");

        Assert.Equal("vi", (await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "binh"), default))!.Locale);
        Assert.False(await rig.Db.SetContainsAsync($"bc:sub:en:{Channel}", "binh"));
        Assert.Contains("Bạn đang nhận tin của Công an Phường Hoàn Kiếm", Text(await rig.SayAsync("binh", "/dangky")));
        Assert.Contains("Đã hủy toàn bộ đăng ký", Text(await rig.SayAsync("binh", "dừng")));
    }
}
