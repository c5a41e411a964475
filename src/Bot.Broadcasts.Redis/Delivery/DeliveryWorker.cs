using System.Diagnostics;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>Delivers queued alerts: any number of instances share the Redis streams through one consumer group.</summary>
/// <remarks>
/// Each channel has its own stream and rate. Entries another instance read but never acknowledged
/// (it crashed) are taken over with XAUTOCLAIM after <see cref="BroadcastOptions.ClaimIdleTime"/>.
/// Sending never touches a resident's conversation record, so an alert never changes their dialog.
/// What to do with each message (hold it for the quiet hours, retry, pause the channel, give up) is
/// <see cref="DeliveryPolicy"/>'s decision; this class carries it out on the streams. Quiet hours are
/// checked before every non-urgent message, not only when the alert starts: a broadcast still going
/// out at 21:00 parks what is left in a held set until 07:00.
/// </remarks>
public sealed class DeliveryWorker(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IAlertStore alerts,
    AlertEnqueuer enqueuer,
    AlertCache cache,
    RedisRateLimiter limiter,
    ProgressReporter progress,
    MessengerRegistry messengers,
    RedisRations rations,
    AlertFormatter formatter,
    ISubscriptionStore subscriptions,
    DeliveryPolicy policy,
    DeliveryWakeUp wakeUp,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan JobLease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ReleaseCheck = TimeSpan.FromMilliseconds(500);

    /// <summary>This instance's consumer name: unique per process start, so a restarted process never mistakes old entries for its own.</summary>
    public string Consumer { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Broadcast delivery started on channels {Channels} as {Consumer}", string.Join(", ", messengers.Channels), Consumer);
        // One loop that dies takes the others down with it, so the crash reaches the host's supervisor, which
        // restarts the whole worker; a silently dead job loop would leave approved alerts unsent forever.
        using var oneFailed = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var loops = messengers.Channels.Select(c => RunChannelAsync(c, oneFailed.Token)).ToList();
        loops.Add(RunJobsAsync(oneFailed.Token));
        loops.Add(RunProgressAsync(oneFailed.Token));
        await Task.WhenAll(loops.Select(loop => StopAllIfFailedAsync(loop, oneFailed))).ConfigureAwait(false);
    }

    private static async Task StopAllIfFailedAsync(Task loop, CancellationTokenSource oneFailed)
    {
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception) when (!oneFailed.IsCancellationRequested)
        {
            await oneFailed.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task RunJobsAsync(CancellationToken stoppingToken)
    {
        var emptyPolls = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var woken = wakeUp.Signal;
                var id = await redis.GetDatabase().ScriptEvaluateAsync(DeliveryScripts.ClaimJob, [keys.Jobs],
                    [time.GetUtcNow().ToUnixTimeMilliseconds(), (long)JobLease.TotalMilliseconds]).ConfigureAwait(false);
                if (id.IsNull)
                {
                    // Nothing due: wait longer each time, up to a second, unless this instance schedules an alert.
                    await DeliveryWakeUp.SleepAsync(woken, DeliveryWakeUp.Pause(++emptyPolls, options.Value.IdlePollMax), stoppingToken).ConfigureAwait(false);
                    continue;
                }

                emptyPolls = 0;

                var alert = await alerts.GetAsync(id.ToString()).ConfigureAwait(false);
                if (alert is { Status: AlertStatus.Scheduled } && await alerts.TransitionAsync(alert.Id, [AlertStatus.Scheduled], AlertStatus.Sending, ("started", "1")).ConfigureAwait(false))
                {
                    // The quiet hours are over: from now on every status reader says "sending".
                    alert = alert with { Status = AlertStatus.Sending };
                    cache.Forget(alert.Id);
                    progress.Touch(alert.Id);
                }

                if (alert is { Status: AlertStatus.Sending } && await enqueuer.EnqueueAsync(alert, stoppingToken).ConfigureAwait(false))
                {
                    await progress.FinishAsync(alert.Id, stoppingToken).ConfigureAwait(false);
                }

                await redis.GetDatabase().SortedSetRemoveAsync(keys.Jobs, id.ToString()).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Broadcast jobs: Redis unavailable; retrying in a second");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunProgressAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ProgressInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await progress.ReportAllAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Broadcast progress: Redis unavailable");
            }
        }
    }

    private async Task RunChannelAsync(string channel, CancellationToken stoppingToken)
    {
        var stream = keys.Queue(channel);
        var slots = new SemaphoreSlim(options.Value.Concurrency);
        var lastClaim = time.GetTimestamp();
        var lastRelease = 0L;
        var claimCursor = (RedisValue)"0-0";
        var groupReady = false;
        var emptyPolls = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var woken = wakeUp.Signal;
                var db = redis.GetDatabase();
                if (!groupReady)
                {
                    await AlertEnqueuer.EnsureGroupAsync(db, stream).ConfigureAwait(false);
                    groupReady = true;
                }

                if (Stopwatch.GetElapsedTime(lastRelease) > ReleaseCheck)
                {
                    // Morning: put what the quiet hours held back on the stream again.
                    lastRelease = Stopwatch.GetTimestamp();
                    await db.ScriptEvaluateAsync(DeliveryScripts.Release, [keys.Held(channel), stream],
                        [time.GetUtcNow().ToUnixTimeMilliseconds(), 1_000]).ConfigureAwait(false);
                }

                var free = Math.Max(1, slots.CurrentCount);
                StreamEntry[] entries = [];
                if (time.GetElapsedTime(lastClaim) > options.Value.ClaimIdleTime / 4)
                {
                    // Take over what a crashed instance left unacknowledged.
                    var claimed = await db.StreamAutoClaimAsync(stream, AlertEnqueuer.Group, Consumer,
                        (long)options.Value.ClaimIdleTime.TotalMilliseconds, claimCursor, free).ConfigureAwait(false);
                    claimCursor = claimed.NextStartId;
                    entries = claimed.ClaimedEntries;
                    if (claimCursor == "0-0")
                    {
                        lastClaim = time.GetTimestamp();
                        await ForgetDeadConsumersAsync(db, stream).ConfigureAwait(false);
                    }

                    if (entries.Length > 0)
                    {
                        logger.LogInformation("Took over {Count} unfinished deliveries on {Channel}", entries.Length, channel);
                    }
                }

                if (entries.Length == 0)
                {
                    entries = await db.StreamReadGroupAsync(stream, AlertEnqueuer.Group, Consumer, StreamPosition.NewMessages, free).ConfigureAwait(false);
                }

                if (entries.Length == 0)
                {
                    // Idle: poll less and less often (up to once a second), and at once when this instance queues recipients.
                    await DeliveryWakeUp.SleepAsync(woken, DeliveryWakeUp.Pause(++emptyPolls, options.Value.IdlePollMax), stoppingToken).ConfigureAwait(false);
                    continue;
                }

                emptyPolls = 0;

                foreach (var entry in entries)
                {
                    await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    _ = DeliverAndReleaseAsync(channel, entry, slots, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await DrainAsync(slots).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Broadcast delivery on {Channel}: Redis unavailable; retrying in a second", channel);
                groupReady = false;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }

        await DrainAsync(slots).ConfigureAwait(false);
    }

    /// <summary>
    /// Shutting down: waits (bounded) for the sends in flight, so each one the platform accepted is also recorded and a
    /// restart sends nobody the same alert twice. Entries not yet started stay unacknowledged for the next instance.
    /// </summary>
    private async Task DrainAsync(SemaphoreSlim slots)
    {
        var deadline = TimeSpan.FromSeconds(20);
        var waited = Stopwatch.StartNew();
        for (var i = 0; i < options.Value.Concurrency && waited.Elapsed < deadline; i++)
        {
            if (!await slots.WaitAsync(deadline - waited.Elapsed).ConfigureAwait(false))
            {
                logger.LogWarning("Broadcast delivery stopped with sends still in flight; they may be sent again after the restart");
                return;
            }
        }
    }

    private async Task DeliverAndReleaseAsync(string channel, StreamEntry entry, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await DeliverAsync(channel, entry, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the entry stays unacknowledged and another instance (or this one, restarted) takes it over.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Delivery of one message on {Channel} failed; it will be retried after {Idle}", channel, options.Value.ClaimIdleTime);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task DeliverAsync(string channel, StreamEntry entry, CancellationToken stoppingToken)
    {
        var alertId = entry["a"].ToString();
        var chatId = entry["c"].ToString();
        var english = entry["l"] == "en";
        var target = new Target(channel, chatId, alertId, entry.Id, english);
        var db = redis.GetDatabase();
        var messenger = messengers.Find(channel)!;
        var router = messengers.Router(channel);
        var attempts = new DeliveryAttempts();
        var started = time.GetTimestamp();
        while (true)
        {
            var cached = await cache.GetAsync(alertId).ConfigureAwait(false);
            if (cached is not { Alert.Status: AlertStatus.Sending } current)
            {
                // Cancelled (or gone): drop what is not yet sent; the recipient stays "pending" in the counts.
                await CompleteAsync(db, target, alertId, "", "", "").ConfigureAwait(false);
                return;
            }

            var now = time.GetUtcNow();
            if (policy.HoldUntil(current.Alert, now) is { } release)
            {
                await HoldAsync(db, target, release, "quiet-hours").ConfigureAwait(false);
                progress.Touch(alertId); // the author's message says it paused, and until when
                return;
            }

            var pace = (long)await db.ScriptEvaluateAsync(DeliveryScripts.Prepare, [keys.AlertRecipients(alertId), keys.Pace(channel, chatId)],
                [target.Field, (long)options.Value.PerChatInterval.TotalMilliseconds]).ConfigureAwait(false);
            if (pace < 0)
            {
                await CompleteAsync(db, target, alertId, "", "", "").ConfigureAwait(false);
                return;
            }

            if (pace > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(pace), stoppingToken).ConfigureAwait(false);
                continue;
            }

            // Platforms with message types (Zalo OA): which one reaches this resident now, later, or not at all.
            var route = router is null ? null : await router.RouteAsync(chatId, stoppingToken).ConfigureAwait(false);
            if (route is { IsUnreachable: true })
            {
                var reason = route.Reason ?? "unreachable";
                await FinishUnreachableAsync(db, target, DeliveryDecision.Complete(RecipientStatus.Unreachable, unsubscribe: reason == "blocked", reason), stoppingToken).ConfigureAwait(false);
                return;
            }

            if (route?.NotBefore is { } notBefore && notBefore > now)
            {
                await HoldAsync(db, target, notBefore, route.Reason ?? "later").ConfigureAwait(false);
                progress.Touch(alertId);
                return;
            }

            await limiter.AcquireAsync(channel, stoppingToken).ConfigureAwait(false);
            if (await cache.GetAsync(alertId).ConfigureAwait(false) is not { Alert.Status: AlertStatus.Sending }
                || policy.MustWait(current.Alert, time.GetUtcNow()))
            {
                continue; // cancelled, or quiet hours began, while waiting for the rate: the checks at the top act
            }

            if (time.GetElapsedTime(started) > options.Value.ClaimIdleTime / 3 && !await StillMineAsync(db, channel, entry.Id).ConfigureAwait(false))
            {
                return; // waited so long that another instance took it over; it will send
            }

            // One rationed message a day (Zalo promotion): take today's, with every alert waiting for it (a digest), or wait for tomorrow.
            IReadOnlyList<string> carried = [alertId];
            if (route is { Rationed: true })
            {
                carried = await rations.ClaimAsync(channel, chatId, alertId, time.GetUtcNow()).ConfigureAwait(false);
                if (carried.Count == 0)
                {
                    await HoldAsync(db, target, rations.NextDay(time.GetUtcNow()), "daily-limit").ConfigureAwait(false);
                    progress.Touch(alertId);
                    return;
                }
            }

            var (message, included) = await ComposeAsync(current, carried, english).ConfigureAwait(false);
            SendOutcome outcome;
            try
            {
                // Not cancelled by shutdown: a message Zalo or Telegram accepted must also be recorded, or a restart sends it again.
                outcome = route is null
                    ? await messenger.SendAsync(chatId, [message], CancellationToken.None).ConfigureAwait(false)
                    : await router!.SendAlertAsync(chatId, message, route, english ? "en" : "vi", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "Send on {Channel} threw", channel);
                outcome = new SendOutcome(SendStatus.TransientFailure, Detail: ex.GetType().Name);
            }

            if (outcome.Status != SendStatus.Sent && route is { Rationed: true })
            {
                await rations.ReturnAsync(channel, chatId, carried, time.GetUtcNow()).ConfigureAwait(false);
            }

            progress.Touch(alertId);
            var decision = policy.After(outcome, attempts, routed: route is not null);
            switch (decision.Action)
            {
                case DeliveryAction.Complete when decision.Status == RecipientStatus.Sent:
                    var type = route?.MessageType ?? "message";
                    foreach (var id in included)
                    {
                        BotMetrics.RecordBroadcastDelivery(channel, RecipientStatus.Sent, type);
                        await CompleteAsync(db, target, id, RecipientStatus.Sent, type, "").ConfigureAwait(false);
                    }

                    if (!included.Contains(alertId))
                    {
                        await CompleteAsync(db, target, alertId, "", "", "").ConfigureAwait(false);
                    }

                    return;
                case DeliveryAction.Complete when decision.Status is RecipientStatus.Blocked or RecipientStatus.Unreachable:
                    await FinishUnreachableAsync(db, target, decision, stoppingToken).ConfigureAwait(false);
                    return;
                case DeliveryAction.Hold:
                    await HoldAsync(db, target, time.GetUtcNow() + decision.Wait, decision.Reason).ConfigureAwait(false);
                    return;
                case DeliveryAction.PauseChannel:
                    BotMetrics.RecordBroadcastDelivery(channel, "rate_limited");
                    await limiter.PauseAsync(channel, decision.Wait).ConfigureAwait(false);
                    logger.LogInformation("{Channel} asked to slow down; pausing the channel for {RetryAfter}", channel, outcome.RetryAfter);
                    continue;
                case DeliveryAction.Retry:
                    await Task.Delay(decision.Wait, stoppingToken).ConfigureAwait(false);
                    continue;
                default:
                    logger.LogInformation("Alert {Alert}: one message on {Channel} failed for good ({Detail})", alertId, channel, outcome.Detail);
                    BotMetrics.RecordBroadcastDelivery(channel, RecipientStatus.Failed);
                    await CompleteAsync(db, target, alertId, RecipientStatus.Failed, "", "").ConfigureAwait(false);
                    return;
            }
        }
    }

    /// <summary>The message to send: the alert, or a digest of every alert waiting for this recipient's rationed message that is still going out.</summary>
    private async Task<(Reply Message, IReadOnlyList<string> Included)> ComposeAsync(
        (BroadcastAlert Alert, Reply Message, Reply English) current, IReadOnlyList<string> carried, bool english)
    {
        if (carried.Count == 1 && carried[0] == current.Alert.Id)
        {
            return (english ? current.English : current.Message, carried);
        }

        var alertsInDigest = new List<BroadcastAlert>();
        foreach (var id in carried)
        {
            if (await cache.GetAsync(id).ConfigureAwait(false) is { Alert.Status: AlertStatus.Sending } other)
            {
                alertsInDigest.Add(other.Alert);
            }
        }

        alertsInDigest.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return (formatter.RenderDigest(alertsInDigest, english ? "en" : "vi"), alertsInDigest.Select(a => a.Id).ToList());
    }

    /// <summary>Nobody can reach this resident: record why, and drop the subscription when <see cref="DeliveryPolicy"/> says they can never be reached again.</summary>
    private async Task FinishUnreachableAsync(IDatabase db, Target target, DeliveryDecision decision, CancellationToken stoppingToken)
    {
        BotMetrics.RecordBroadcastDelivery(target.Channel, decision.Status, decision.Reason);
        if (decision.Unsubscribe)
        {
            await subscriptions.RemoveAsync(new ConversationKey(target.Channel, target.ChatId), stoppingToken).ConfigureAwait(false);
        }

        await CompleteAsync(db, target, target.AlertId, decision.Status, "", decision.Reason).ConfigureAwait(false);
    }

    /// <summary>The recipient waits until <paramref name="until"/> in the channel's held set, counted as waiting for <paramref name="reason"/>.</summary>
    private async Task HoldAsync(IDatabase db, Target target, DateTimeOffset until, string reason)
    {
        BotMetrics.RecordBroadcastDelivery(target.Channel, "waiting", reason);
        await db.ScriptEvaluateAsync(DeliveryScripts.Hold,
            [keys.Queue(target.Channel), keys.Held(target.Channel), keys.AlertRecipients(target.AlertId), keys.AlertCounts(target.AlertId)],
            [target.EntryId, AlertEnqueuer.Group, until.ToUnixTimeMilliseconds(), target.AlertId, target.ChatId, target.English ? "en" : "",
                target.Field, reason, target.Channel]).ConfigureAwait(false);
    }

    /// <summary>Records <paramref name="status"/> for the recipient in alert <paramref name="alertId"/>; the queue entry is acknowledged when it is that alert's.</summary>
    private async Task CompleteAsync(IDatabase db, Target target, string alertId, string status, string messageType, string reason)
    {
        var entryId = alertId == target.AlertId ? target.EntryId : RedisValue.EmptyString;
        var result = (long)await db.ScriptEvaluateAsync(DeliveryScripts.Complete,
            [keys.AlertRecipients(alertId), keys.AlertCounts(alertId), keys.Alert(alertId), keys.Queue(target.Channel)],
            [target.Field, status, entryId, AlertEnqueuer.Group, target.Channel, messageType, reason]).ConfigureAwait(false);
        if (result == 2)
        {
            logger.LogInformation("Alert {Alert} delivered to everyone", alertId);
            cache.Forget(alertId);
            await progress.FinishAsync(alertId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>One queue entry: whom, which alert, and its stream id.</summary>
    private sealed record Target(string Channel, string ChatId, string AlertId, RedisValue EntryId, bool English)
    {
        public string Field => Channel + ":" + ChatId;
    }

    /// <summary>Each process start is a new consumer; drop those that are long gone and hold nothing.</summary>
    private static async Task ForgetDeadConsumersAsync(IDatabase db, RedisKey stream)
    {
        foreach (var consumer in await db.StreamConsumerInfoAsync(stream, AlertEnqueuer.Group).ConfigureAwait(false))
        {
            if (consumer.PendingMessageCount == 0 && consumer.IdleTimeInMilliseconds > TimeSpan.FromHours(1).TotalMilliseconds)
            {
                await db.StreamDeleteConsumerAsync(stream, AlertEnqueuer.Group, consumer.Name).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> StillMineAsync(IDatabase db, string channel, RedisValue entryId)
    {
        var pending = await db.StreamPendingMessagesAsync(keys.Queue(channel), AlertEnqueuer.Group, 1, Consumer, entryId, entryId).ConfigureAwait(false);
        if (pending.Length == 0)
        {
            return false;
        }

        // Reset its idle time so nobody takes it over while we send.
        await db.StreamClaimIdsOnlyAsync(keys.Queue(channel), AlertEnqueuer.Group, Consumer, 0, [entryId]).ConfigureAwait(false);
        return true;
    }
}
