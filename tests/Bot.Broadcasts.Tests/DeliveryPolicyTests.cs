using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Hosting;
using Bot.Dialogs.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Tests;

/// <summary>
/// What happens to one resident's copy of an alert, decided apart from the Redis queue that carries it out
/// (the end-to-end behaviour against real Redis is in DeliveryTests and QuietHoursTests).
/// </summary>
public sealed class DeliveryPolicyTests
{
    private static readonly DeliveryPolicy Policy = new(Options.Create(new BroadcastOptions { MaxAttempts = 4 }));

    [Fact]
    public void ANonUrgentAlertAtTenAtNightWaitsUntilSevenInTheMorningVietnamTime()
    {
        var holdUntil = Policy.HoldUntil(Alert(urgent: false), TestTime.Vietnam(22));

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.FromHours(7)), holdUntil);
        Assert.True(Policy.MustWait(Alert(urgent: false), TestTime.Vietnam(22)));
    }

    [Fact]
    public void AnUrgentAlertGoesOutAtNightAndAnyAlertGoesOutInTheDay()
    {
        Assert.Null(Policy.HoldUntil(Alert(urgent: true), TestTime.Vietnam(22)));
        Assert.False(Policy.MustWait(Alert(urgent: true), TestTime.Vietnam(3)));
        Assert.Null(Policy.HoldUntil(Alert(urgent: false), TestTime.Vietnam(9, 30)));
    }

    [Theory]
    [InlineData(SendStatus.Blocked, RecipientStatus.Blocked)]
    [InlineData(SendStatus.Unreachable, RecipientStatus.Unreachable)]
    public void AResidentWhoCannotBeReachedIsNeverTriedAgainAndTheirSubscriptionGoes(SendStatus status, string recorded)
    {
        var decision = Policy.After(new SendOutcome(status), new DeliveryAttempts());

        Assert.Equal(DeliveryDecision.Complete(recorded, unsubscribe: true, reason: recorded), decision);
    }

    [Fact]
    public void OnZaloAResidentOutsideTheWindowIsRoutedAgainTwiceThenCountedUnreachableButKeepsTheSubscription()
    {
        var attempts = new DeliveryAttempts();
        var windowClosed = new SendOutcome(SendStatus.Unreachable, Reason: "outside-window");

        var decisions = Enumerable.Range(0, 3).Select(_ => Policy.After(windowClosed, attempts, routed: true)).ToList();

        Assert.Equal(DeliveryDecision.Retry(TimeSpan.Zero), decisions[0]);
        Assert.Equal(DeliveryDecision.Retry(TimeSpan.Zero), decisions[1]);
        // They may follow the OA or write again: the subscription stays, the reach report says why this one missed.
        Assert.Equal(DeliveryDecision.Complete(RecipientStatus.Unreachable, unsubscribe: false, reason: "outside-window"), decisions[2]);
    }

    [Fact]
    public void OnZaloAResidentWhoBlockedTheOfficialAccountLosesTheSubscription()
    {
        var decision = Policy.After(new SendOutcome(SendStatus.Blocked, Reason: "blocked"), new DeliveryAttempts(), routed: true);

        Assert.Equal(DeliveryDecision.Complete(RecipientStatus.Blocked, unsubscribe: true, reason: "blocked"), decision);
    }

    [Fact]
    public void APlatformSayingNotNowHoldsTheMessageForTheTimeItNamesOrAMinute()
    {
        var quota = Policy.After(new SendOutcome(SendStatus.Deferred, RetryAfter: TimeSpan.FromHours(2), Reason: "quota"), new DeliveryAttempts(), routed: true);
        var later = Policy.After(new SendOutcome(SendStatus.Deferred), new DeliveryAttempts(), routed: true);

        Assert.Equal(DeliveryDecision.Hold(TimeSpan.FromHours(2), "quota"), quota);
        Assert.Equal(DeliveryDecision.Hold(TimeSpan.FromMinutes(1), "later"), later);
    }

    [Fact]
    public void ADeliveredMessageIsRecordedAsSentAndKeepsTheSubscription()
    {
        Assert.Equal(DeliveryDecision.Complete(RecipientStatus.Sent), Policy.After(new SendOutcome(SendStatus.Sent), new DeliveryAttempts()));
    }

    [Fact]
    public void AFailureIsRetriedWithDoublingWaitsThenGivenUpAfterTheLastAttempt()
    {
        var attempts = new DeliveryAttempts();
        var timeout = new SendOutcome(SendStatus.TransientFailure, Detail: "timeout");

        var waits = Enumerable.Range(0, 3).Select(_ => Policy.After(timeout, attempts)).ToList();
        var last = Policy.After(timeout, attempts);

        Assert.All(waits, d => Assert.Equal(DeliveryAction.Retry, d.Action));
        Assert.Equal(new[] { 500d, 1_000d, 2_000d }, waits.Select(d => d.Wait.TotalMilliseconds));
        Assert.Equal(DeliveryDecision.Complete(RecipientStatus.Failed), last);
    }

    [Fact]
    public void APlatformAskingToSlowDownPausesTheWholeChannelForTheTimeItNamesButNotForever()
    {
        var attempts = new DeliveryAttempts();
        var slowDown = new SendOutcome(SendStatus.RateLimited, RetryAfter: TimeSpan.FromSeconds(3));

        var pauses = Enumerable.Range(0, DeliveryPolicy.MaxRateLimitPauses).Select(_ => Policy.After(slowDown, attempts)).ToList();
        var afterThat = Enumerable.Range(0, 4).Select(_ => Policy.After(slowDown, attempts)).ToList();

        Assert.All(pauses, d => Assert.Equal(DeliveryDecision.PauseChannel(TimeSpan.FromSeconds(3)), d));
        Assert.Equal(DeliveryAction.Retry, afterThat[0].Action);
        Assert.Equal(DeliveryDecision.Complete(RecipientStatus.Failed), afterThat[^1]);
    }

    private static BroadcastAlert Alert(bool urgent) => new()
    {
        Id = "a1", Areas = ["ha-noi"], Topic = Topics.Scam, Urgent = urgent, Text = "Cảnh giác.", Status = AlertStatus.Sending, CreatedBy = "telegram:1",
    };
}
