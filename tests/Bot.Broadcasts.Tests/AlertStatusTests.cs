using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Dialogs.Turns;
using static Bot.Broadcasts.Tests.BroadcastRig;
using static Bot.Broadcasts.Tests.DeliveryTests;

namespace Bot.Broadcasts.Tests;

/// <summary>An alert's status says what is really happening: scheduled (and until when) in the quiet hours, done when nobody subscribed.</summary>
public sealed class AlertStatusTests
{
    private static readonly Actor Author = new("fake:author", OfficerRole.Officer, ["ha-noi"], new ConversationKey(Channel, "author"));

    [Fact]
    public async Task AnAlertApprovedAtNightIsScheduledUntilSevenThenSendsAndFinishes()
    {
        var time = new TestTime(TestTime.Vietnam(22, 15));
        await using var rig = await StartAsync(time: time);
        await rig.SubscribeManyAsync(30, "ha-noi.hoan-kiem");
        var created = await rig.Broadcasts.CreateAsync(Author, ["ha-noi.hoan-kiem"], Topics.Scam, false, "Cảnh giác cuộc gọi giả danh công an.", default);
        var id = created.Alert!.Id;

        var approved = await rig.Broadcasts.ApproveAsync(Approver, id, default);

        var morning = TestTime.Vietnam(7).AddDays(1);
        Assert.Equal(AlertStatus.Scheduled, approved.Alert!.Status);
        Assert.Equal(morning, approved.Alert.SendAfter);
        await Task.Delay(1_000); // the worker polls its jobs: nothing is due yet
        var stored = (await rig.Broadcasts.GetAsync(Approver, id)).Alert!;
        Assert.Equal(AlertStatus.Scheduled, stored.Status);
        Assert.Equal(morning, stored.SendAfter);
        Assert.Equal(0, (await rig.Broadcasts.CountsAsync(id)).Sent);
        Assert.DoesNotContain(rig.Platform.Deliveries.Keys, k => k.StartsWith('r'));
        Assert.Contains(rig.Platform.Editable.Values, t => t == $"Cảnh báo {id} đã được duyệt. Đang là giờ nghỉ đêm nên tin sẽ gửi lúc 07:00 ngày 02/12.");

        time.Set(morning);
        await WaitUntilAsync(rig, id, AlertStatus.Done);
        Assert.Equal(30, (await rig.Broadcasts.CountsAsync(id)).Sent);
    }

    [Fact]
    public async Task AnUrgentAlertIsNeverScheduled()
    {
        var time = new TestTime(TestTime.Vietnam(23, 30));
        await using var rig = await StartAsync(time: time);
        await rig.SubscribeManyAsync(5, "ha-noi.hoan-kiem");

        var id = await CreateAndApproveAsync(rig, urgent: true);

        Assert.NotEqual(AlertStatus.Scheduled, (await rig.Broadcasts.GetAsync(Approver, id)).Alert!.Status);
        await WaitUntilAsync(rig, id, AlertStatus.Done);
    }

    [Fact]
    public async Task AnAlertNobodySubscribedToIsDoneTheMomentItIsApprovedAndTheAuthorIsTold()
    {
        var time = new TestTime(TestTime.Vietnam(22, 15)); // even at night: there is nothing to wait for
        await using var rig = await StartAsync(time: time);
        await rig.SubscribeManyAsync(3, "ha-noi.cua-nam"); // another ward
        var created = await rig.Broadcasts.CreateAsync(Author, ["ha-noi.hoan-kiem"], Topics.Scam, false, "Cảnh giác cuộc gọi giả danh công an.", default);

        var approved = await rig.Broadcasts.ApproveAsync(Approver, created.Alert!.Id, default);

        Assert.Equal(AlertStatus.Done, approved.Alert!.Status);
        Assert.Equal(AlertStatus.Done, (await rig.Broadcasts.GetAsync(Approver, created.Alert.Id)).Alert!.Status);
        Assert.Equal(new AlertCounts(0, 0, 0, 0, 0, 0), await rig.Broadcasts.CountsAsync(created.Alert.Id));
        Assert.Equal(0, await rig.Db.SortedSetLengthAsync("bc:jobs")); // nothing left to run in the morning
        Assert.Contains(rig.Platform.Editable.Values, t => t.Contains("không có tin nào được gửi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AScheduledAlertCanStillBeCancelledAndNeverGoesOut()
    {
        var time = new TestTime(TestTime.Vietnam(22, 15));
        await using var rig = await StartAsync(time: time);
        await rig.SubscribeManyAsync(5, "ha-noi.hoan-kiem");
        var id = await CreateAndApproveAsync(rig, urgent: false);

        var cancelled = await rig.Broadcasts.CancelAsync(Approver, id, default);

        Assert.Equal(AlertStatus.Cancelled, cancelled.Alert!.Status);
        time.Set(TestTime.Vietnam(7).AddDays(1));
        await Task.Delay(1_500);
        Assert.Equal(AlertStatus.Cancelled, (await rig.Broadcasts.GetAsync(Approver, id)).Alert!.Status);
        Assert.DoesNotContain(rig.Platform.Deliveries.Keys, k => k.StartsWith('r'));
    }

    [Fact]
    public void EveryStatusHasOneNameAndOneVietnameseLabel()
    {
        Assert.Equal(AlertStatus.All.Count, AlertStatus.All.Distinct().Count());
        Assert.All(AlertStatus.All, s => Assert.NotEqual(s, AlertStatus.Vietnamese(s)));
        Assert.Equal(AlertStatus.All.Count, AlertStatus.All.Select(AlertStatus.Vietnamese).Distinct().Count());
    }
}
