using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Dialogs.Turns;
using static Bot.Broadcasts.Tests.BroadcastRig;
using static Bot.Broadcasts.Tests.DeliveryTests;

namespace Bot.Broadcasts.Tests;

public sealed class QuietHoursTests
{
    [Fact]
    public async Task NonUrgentBroadcastStillGoingOutAtNinePmPausesUntilSevenAndThenReachesEveryoneOnce()
    {
        var time = new TestTime(TestTime.Vietnam(20, 59));
        await using var rig = await StartAsync(rate: 20, time: time);
        await rig.SubscribeManyAsync(300, "ha-noi.hoan-kiem");

        var author = new Actor("fake:author", OfficerRole.Officer, ["ha-noi"], new ConversationKey(Channel, "author"));
        var created = await rig.Broadcasts.CreateAsync(author, ["ha-noi.hoan-kiem"], Topics.Scam, false, "Cảnh giác cuộc gọi giả danh công an.", default);
        var id = created.Alert!.Id;
        Assert.Null((await rig.Broadcasts.ApproveAsync(Approver, id, default)).Problem);
        await Eventually.HoldsAsync(() => Delivered(rig) >= 20, "delivery started before 21:00");

        time.Set(TestTime.Vietnam(21, 0));
        await Task.Delay(1_500); // messages already handed to the platform finish
        var atNine = Delivered(rig);
        await Task.Delay(2_000);

        Assert.Equal(atNine, Delivered(rig));
        Assert.True(atNine < 300, $"{atNine} of 300 were sent although quiet hours began");
        var held = await rig.Broadcasts.CountsAsync(id);
        Assert.Equal(300 - atNine, held.Pending);
        Assert.Equal(AlertStatus.Sending, (await rig.Broadcasts.GetAsync(Approver, id)).Alert!.Status);
        Assert.True(await rig.Db.SortedSetLengthAsync($"bc:q:{Channel}:held") > 0);
        await Eventually.HoldsAsync(() => rig.Platform.Editable.Values.Any(t =>
            t.StartsWith("Đã gửi ", StringComparison.Ordinal) && t.EndsWith("/300\nTạm dừng vì giờ nghỉ đêm, gửi tiếp lúc 07:00 ngày 02/12.", StringComparison.Ordinal)),
            "the author's message says it paused until 07:00: " + string.Join(" | ", rig.Platform.Editable.Values));

        // An urgent alert still goes out during the night.
        var urgent = await CreateAndApproveAsync(rig, urgent: true);
        await WaitUntilAsync(rig, urgent, AlertStatus.Done);
        Assert.Equal(atNine, (await rig.Broadcasts.CountsAsync(id)).Sent);

        time.Set(TestTime.Vietnam(7, 0).AddDays(1));
        await WaitUntilAsync(rig, id, AlertStatus.Done);
        Assert.Equal(new AlertCounts(300, 300, 0, 0, 0, 0), await rig.Broadcasts.CountsAsync(id));
        Assert.All(rig.Platform.Deliveries.Where(d => d.Key.StartsWith('r')), d => Assert.Equal(2, d.Value)); // the urgent one and this one
        await Eventually.HoldsAsync(() => rig.Platform.Editable.Values.Contains("Đã gửi 300/300"), "the author's message shows the end");
    }

    private static int Delivered(BroadcastRig rig) => rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r'));
}
