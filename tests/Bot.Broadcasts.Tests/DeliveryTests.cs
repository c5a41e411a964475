using System.Diagnostics;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Dialogs.Turns;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class DeliveryTests
{
    private static readonly Actor Author = new("key:author", OfficerRole.Officer, ["ha-noi"]);
    internal static readonly Actor Approver = new("key:approver", OfficerRole.Approver, ["ha-noi"]);

    [Fact]
    public async Task TwoThousandResidentsEachGetTheAlertOnceWithinTheRateAndBlockedOnesAreUnsubscribed()
    {
        const int rate = 400;
        await using var rig = await StartAsync(rate);
        await rig.SubscribeManyAsync(2_000, "ha-noi.hoan-kiem");
        await rig.SubscribeManyAsync(50, "ha-noi.cua-nam", Topics.Welfare, prefix: "other"); // wrong topic and ward: never reached
        for (var i = 0; i < 2_000; i += 50)
        {
            rig.Platform.Blocked["r" + i] = true;
        }

        var id = await CreateAndApproveAsync(rig, urgent: true);
        await WaitUntilAsync(rig, id, AlertStatus.Done);

        var counts = await rig.Broadcasts.CountsAsync(id);
        Assert.Equal(new AlertCounts(2_000, 1_960, 40, 0, 0, 0), counts);
        Assert.Equal(1_960, rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r')));
        Assert.All(rig.Platform.Deliveries.Where(d => d.Key.StartsWith('r')), d => Assert.Equal(1, d.Value));
        Assert.DoesNotContain(rig.Platform.Deliveries.Keys, k => k.StartsWith("other", StringComparison.Ordinal));
        Assert.Equal(0, rig.Platform.TooManyRequests);
        Assert.Null(await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "r50"), default));
        Assert.NotNull(await rig.Subscriptions.GetAsync(new ConversationKey(Channel, "r51"), default));
        Assert.Equal("blocked", (string?)await rig.Db.HashGetAsync($"bc:a:{id}:r", $"{Channel}:r50"));
    }

    [Fact]
    public async Task PlatformSaying429PausesTheChannelAndEveryoneStillGetsItOnce()
    {
        await using var rig = await StartAsync(200);
        await rig.SubscribeManyAsync(100, "ha-noi.hoan-kiem");
        rig.Platform.ForceRateLimits(5);

        var id = await CreateAndApproveAsync(rig, urgent: true);
        await WaitUntilAsync(rig, id, AlertStatus.Done);

        Assert.True(rig.Platform.TooManyRequests >= 5);
        Assert.Equal(100, rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r')));
        Assert.All(rig.Platform.Deliveries.Where(d => d.Key.StartsWith('r')), d => Assert.Equal(1, d.Value));
    }

    [Fact]
    public async Task CancelStopsWhatIsNotYetSent()
    {
        await using var rig = await StartAsync(20);
        await rig.SubscribeManyAsync(400, "ha-noi.hoan-kiem");

        var id = await CreateAndApproveAsync(rig, urgent: true);
        await Eventually.HoldsAsync(() => rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r')) >= 10, "sending started");
        var cancelled = await rig.Broadcasts.CancelAsync(Author, id, default);
        Assert.Equal(AlertStatus.Cancelled, cancelled.Alert!.Status);

        await Task.Delay(1_500);
        var afterCancel = rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r'));
        await Task.Delay(1_500);
        Assert.Equal(afterCancel, rig.Platform.Deliveries.Count(d => d.Key.StartsWith('r')));
        Assert.True(afterCancel < 200, $"{afterCancel} of 400 were sent although the alert was cancelled");
        Assert.Equal(AlertStatus.Cancelled, (await rig.Broadcasts.GetAsync(Author, id)).Alert!.Status);
    }

    [Fact]
    public async Task NonUrgentAlertApprovedAtNightWaitsUntilSevenButUrgentGoesAtOnce()
    {
        var time = new TestTime(TestTime.Vietnam(22, 30));
        await using var rig = await StartAsync(time: time);
        await rig.SubscribeManyAsync(20, "ha-noi.hoan-kiem");

        var normal = await CreateAndApproveAsync(rig, urgent: false);
        var urgent = await CreateAndApproveAsync(rig, urgent: true, topic: Topics.Scam);
        await WaitUntilAsync(rig, urgent, AlertStatus.Done);

        await Task.Delay(1_000);
        Assert.Equal(0, (await rig.Broadcasts.CountsAsync(normal)).Sent);
        Assert.All(rig.Platform.Deliveries.Where(d => d.Key.StartsWith('r')), d => Assert.Equal(1, d.Value));

        time.Set(TestTime.Vietnam(6, 59).AddDays(1));
        await Task.Delay(1_000);
        Assert.Equal(0, (await rig.Broadcasts.CountsAsync(normal)).Sent);

        time.Set(TestTime.Vietnam(7, 0).AddDays(1));
        await WaitUntilAsync(rig, normal, AlertStatus.Done);
        Assert.All(rig.Platform.Deliveries.Where(d => d.Key.StartsWith('r')), d => Assert.Equal(2, d.Value));
    }

    [Fact]
    public async Task AnAlertNeverChangesWhereAResidentIsInTheirDialog()
    {
        await using var rig = await StartAsync();
        await rig.SubscribeManyAsync(1, "ha-noi.hoan-kiem");
        var before = await rig.PressAsync("r0", "f:eid");
        var key = new ConversationKey(Channel, "r0");
        var snapshotBefore = await rig.Conversations.LoadAsync(key, null, default);

        var id = await CreateAndApproveAsync(rig, urgent: true);
        await WaitUntilAsync(rig, id, AlertStatus.Done);

        var snapshotAfter = await rig.Conversations.LoadAsync(key, null, default);
        Assert.Equal(snapshotBefore.Version, snapshotAfter.Version);
        Assert.Equal(before.NodeId, snapshotAfter.Record!.Node);
        Assert.Equal(1, rig.Platform.Deliveries["r0"]);
    }

    [Fact]
    public async Task ApprovalCanBeTurnedOffPerDeployment()
    {
        await using var rig = await StartAsync(settings: new Dictionary<string, string?> { ["Broadcasts:RequireApproval"] = "false" });
        await rig.SubscribeManyAsync(3, "ha-noi.hoan-kiem");

        var created = await rig.Broadcasts.CreateAsync(Author, ["ha-noi.hoan-kiem"], Topics.Scam, true, "Diễn tập.", default);

        Assert.Equal(AlertStatus.Sending, created.Alert!.Status);
        await WaitUntilAsync(rig, created.Alert.Id, AlertStatus.Done);
    }

    internal static async Task<string> CreateAndApproveAsync(BroadcastRig rig, bool urgent, string topic = Topics.Scam)
    {
        var created = await rig.Broadcasts.CreateAsync(Author, ["ha-noi.hoan-kiem"], topic, urgent, "Cảnh giác cuộc gọi giả danh công an.", default);
        Assert.Null(created.Problem);
        var approved = await rig.Broadcasts.ApproveAsync(Approver, created.Alert!.Id, default);
        Assert.Null(approved.Problem);
        return created.Alert.Id;
    }

    internal static Task WaitUntilAsync(BroadcastRig rig, string id, string status) =>
        Eventually.HoldsAsync(async () => (await rig.Broadcasts.GetAsync(Approver, id)).Alert!.Status == status, $"alert {id} is {status}", TimeSpan.FromSeconds(90));

    internal static double Seconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;
}
