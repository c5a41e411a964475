using Bot.Broadcasts.Alerts;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task ResidentFindsTheirWardByTypingWithoutDiacriticsAndIsSubscribedToEveryTopic()
    {
        await using var rig = await StartAsync(deliver: false);

        var asked = await rig.SayAsync("an", "/dangky");
        Assert.Contains("xã, phường nào", Text(asked));

        var found = await rig.SayAsync("an", "hoan kiem");
        Assert.Contains("s:a:ha-noi.hoan-kiem", Payloads(found));
        Assert.Contains(found.Replies.SelectMany(r => r.Buttons), b => b.Label == "Phường Hoàn Kiếm, Thành phố Hà Nội");

        var done = await rig.PressAsync("an", "s:a:ha-noi.hoan-kiem");
        Assert.Contains("Đã đăng ký nhận tin của Công an Phường Hoàn Kiếm", Text(done));
        var stored = await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "an"), default);
        Assert.Equal("ha-noi.hoan-kiem", stored!.AreaId);
        Assert.Equal(Topics.All, stored.Topics);
        Assert.True(await rig.Db.SetContainsAsync($"bc:sub:s:{Channel}:ha-noi.hoan-kiem:scam", "an"));

        // The conversation remembers the ward too, so the help "contact" step can show its police.
        var record = (await rig.Conversations.LoadAsync(new ConversationKey(Channel, "an"), null, default)).Record!;
        Assert.Equal("ha-noi.hoan-kiem", record.Answers[Bot.Dialogs.Content.AnswerKeys.Area]);
    }

    [Theory]
    [InlineData("f:scams")]
    [InlineData("f:help")]
    public async Task TheScamsAndHelpStepsOfferAlertsByButtonByNumberAndByItsWords(string step)
    {
        await using var rig = await StartAsync(deliver: false);

        // Since issue 15 the main menu has five topics; the alerts entry sits in the scams and help steps.
        var shown = await rig.PressAsync("bac", step);
        var entry = shown.Replies.SelectMany(r => r.Buttons).Select((b, i) => (b, i)).Single(x => x.b.Payload == "s:start");
        Assert.Contains("xã, phường nào", Text(await rig.PressAsync("bac", entry.b.Payload)));

        await rig.PressAsync("bac", step);
        Assert.Contains("xã, phường nào", Text(await rig.SayAsync("bac", (entry.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));

        await rig.PressAsync("bac", step);
        Assert.Contains("xã, phường nào", Text(await rig.SayAsync("bac", "nhan tin canh bao cua xa, phuong")));
    }

    [Fact]
    public async Task ResidentTurnsOffATopicAndMovesToAnotherWardWithoutStayingInTheOldOne()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.SayAsync("binh", "/subscribe");
        await rig.PressAsync("binh", "s:a:ha-noi.hoan-kiem");

        var toggled = await rig.PressAsync("binh", "s:t:welfare");
        Assert.Contains("⬜ Thông báo chi trả an sinh", toggled.Replies.SelectMany(r => r.Buttons).Select(b => b.Label));

        var view = await rig.SayAsync("binh", "/dangky");
        Assert.Contains("Chủ đề: Cảnh báo lừa đảo, Thông báo chung.", Text(view));

        await rig.PressAsync("binh", "s:area");
        var found = await rig.SayAsync("binh", "Bến Thành");
        Assert.Contains("s:a:ho-chi-minh.ben-thanh", Payloads(found));
        await rig.PressAsync("binh", "s:a:ho-chi-minh.ben-thanh");

        Assert.False(await rig.Db.SetContainsAsync($"bc:sub:s:{Channel}:ha-noi.hoan-kiem:scam", "binh"));
        Assert.True(await rig.Db.SetContainsAsync($"bc:sub:s:{Channel}:ho-chi-minh.ben-thanh:scam", "binh"));
        Assert.False(await rig.Db.SetContainsAsync($"bc:sub:s:{Channel}:ho-chi-minh.ben-thanh:welfare", "binh"));
    }

    [Theory]
    [InlineData("/huy")]
    [InlineData("/unsubscribe")]
    [InlineData("hủy")]
    [InlineData("Dừng")]
    [InlineData("STOP")]
    public async Task OneShortMessageStopsEverythingAndSaysSo(string message)
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.SayAsync("chi", "/dangky");
        await rig.PressAsync("chi", "s:a:da-nang.hoi-an");

        var stopped = await rig.SayAsync("chi", message);

        Assert.Contains("Đã hủy toàn bộ đăng ký", Text(stopped));
        Assert.Null(await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "chi"), default));
        Assert.False(await rig.Db.SetContainsAsync($"bc:sub:s:{Channel}:da-nang.hoi-an:scam", "chi"));
    }

    [Theory]
    [InlineData("/xoadulieu", null)]
    [InlineData("xóa dữ liệu của tôi", null)]
    [InlineData("forget me", null)]
    [InlineData(null, "c:forget")]
    public async Task AskingToBeForgottenAlsoEndsTheSubscription(string? message, string? payload)
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.SayAsync("em", "/dangky");
        await rig.PressAsync("em", "s:a:da-nang.hoi-an");

        var answer = message is null ? await rig.PressAsync("em", payload!) : await rig.SayAsync("em", message);

        Assert.Contains("Đã xóa dữ liệu", Text(answer));
        Assert.Null(await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "em"), default));
        Assert.False(await rig.Db.SetContainsAsync($"bc:sub:s:{Channel}:da-nang.hoi-an:scam", "em"));
    }

    [Fact]
    public async Task ASentenceWithAStopWordIsNotAnUnsubscribe()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.SayAsync("dung", "/dangky");
        await rig.PressAsync("dung", "s:a:da-nang.hoi-an");

        var answer = await rig.SayAsync("dung", "tôi muốn hủy thẻ ngân hàng bị lộ");

        Assert.DoesNotContain("Đã hủy toàn bộ đăng ký", Text(answer));
        Assert.NotNull(await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "dung"), default));
    }

    [Fact]
    public async Task UnknownWardNameAsksAgainAndStaleButtonsDoNotCrash()
    {
        // A crash in a turn is not an exception here: the pipeline answers with an apology and counts
        // it. So "no crash" means: the real answers came, no apology among them, no failed turn counted or logged.
        using var metrics = new MeasuredInstruments();
        await using var rig = await StartAsync(deliver: false);
        var apology = ContentLoader.Load(RepositoryPaths.RealContent).Text(TextKeys.Error, "vi");
        await rig.SayAsync("em", "/dangky");

        var none = await rig.SayAsync("em", "xyz không có 🙂");
        Assert.Contains("Không tìm thấy xã, phường", Text(none));

        var stale = await rig.PressAsync("em", "s:a:khong-con-nua");
        Assert.Contains("Nút này đã cũ", Text(stale));

        var tooLong = await rig.SayAsync("em", new string('a', 10_000));
        Assert.NotEmpty(tooLong.Replies);

        Assert.DoesNotContain(apology, Text(none) + Text(stale) + Text(tooLong));
        Assert.Equal(0, metrics.Total(Bot.Metrics.BotMetricNames.TurnFailures, ("channel", Channel), ("reason", "error")));
        Assert.Empty(rig.TurnLog.Errors);
    }

    [Fact]
    public async Task SubscribingNeverChangesWhereTheResidentIsInTheirDialog()
    {
        await using var rig = await StartAsync(deliver: false);
        var inFlow = await rig.PressAsync("gia", "f:eid");
        Assert.Equal("eid", inFlow.FlowId);

        await rig.SayAsync("gia", "/dangky");
        await rig.SayAsync("gia", "hoi an");
        var subscribed = await rig.PressAsync("gia", "s:a:da-nang.hoi-an");

        Assert.Equal("eid", subscribed.FlowId);
        Assert.Equal(inFlow.NodeId, subscribed.NodeId);
    }
}
