using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Hosting;
using Bot.Dialogs.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Delivery;

/// <summary>
/// The rules for one message of an alert, apart from how the queue stores it: non-urgent alerts wait
/// for the end of the quiet hours; a resident who blocked the bot is never tried again; a platform's
/// "not now" holds the message; its "slow down" pauses the channel; other failures are retried with
/// doubling waits, then given up.
/// </summary>
/// <remarks>Pure decisions: the delivery worker carries them out on its queue (Redis streams in Bot.Broadcasts.Redis).</remarks>
public sealed class DeliveryPolicy(IOptions<BroadcastOptions> options)
{
    /// <summary>How many times one message may be paused for a platform's rate limit before it counts as a failure.</summary>
    public const int MaxRateLimitPauses = 20;

    /// <summary>How many times a routed message is routed again after the platform said its window closed.</summary>
    public const int MaxReroutes = 2;

    private readonly QuietHours _quiet = new(options.Value);

    /// <summary>Until when a message of <paramref name="alert"/> must wait (the end of the quiet hours), or null when it may go now.</summary>
    public DateTimeOffset? HoldUntil(BroadcastAlert alert, DateTimeOffset now) =>
        !alert.Urgent && _quiet.ReleaseTime(now) is var release && release > now ? release : null;

    /// <summary>True when the quiet hours began for a non-urgent alert (checked again just before sending).</summary>
    public bool MustWait(BroadcastAlert alert, DateTimeOffset now) => !alert.Urgent && _quiet.IsQuiet(now);

    /// <summary>What to do after one attempt to send, counting the attempts in <paramref name="attempts"/>.</summary>
    /// <param name="outcome">What the platform answered.</param>
    /// <param name="attempts">What went wrong so far with this message.</param>
    /// <param name="routed">True on a platform with message types (Zalo OA), where a resident out of reach today may be reachable again.</param>
    public DeliveryDecision After(SendOutcome outcome, DeliveryAttempts attempts, bool routed = false)
    {
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                return DeliveryDecision.Complete(RecipientStatus.Sent);
            case SendStatus.Unreachable when routed && outcome.Reason == "outside-window" && ++attempts.Reroutes <= MaxReroutes:
                // The window closed: the router now knows, and picks a follower type.
                return DeliveryDecision.Retry(TimeSpan.Zero);
            case SendStatus.Deferred:
                return DeliveryDecision.Hold(outcome.RetryAfter ?? TimeSpan.FromMinutes(1), outcome.Reason ?? "later");
            case SendStatus.Blocked or SendStatus.Unreachable:
                // They blocked the bot or the platform will not let us reach them: stop trying for good. Only a resident who
                // blocked the bot loses the subscription where message types exist: the others may follow, or write, again.
                var final = outcome.Status == SendStatus.Blocked ? RecipientStatus.Blocked : RecipientStatus.Unreachable;
                var reason = outcome.Reason ?? final;
                return DeliveryDecision.Complete(final, unsubscribe: !routed || final == RecipientStatus.Blocked || reason == "blocked", reason);
            case SendStatus.RateLimited when ++attempts.RateLimited <= MaxRateLimitPauses:
                return DeliveryDecision.PauseChannel(outcome.RetryAfter ?? TimeSpan.FromSeconds(1));
            case SendStatus.TransientFailure or SendStatus.RateLimited when ++attempts.TransientFailures < options.Value.MaxAttempts:
                return DeliveryDecision.Retry(TimeSpan.FromMilliseconds(250 * (1 << attempts.TransientFailures)));
            default:
                return DeliveryDecision.Complete(RecipientStatus.Failed);
        }
    }
}
