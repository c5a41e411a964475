using System.Collections.Concurrent;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Hosting;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis.Delivery;

/// <summary>Keeps the author's one progress message up to date ("Đã gửi 1.200/5.000") and sends the final report.</summary>
/// <remarks>A Redis lock lets only one instance edit per interval, so officers are not flooded and platforms' edit limits hold.</remarks>
public sealed class ProgressReporter(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IAlertStore alerts,
    MessengerRegistry messengers,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<ProgressReporter> logger)
{
    private readonly ConcurrentDictionary<string, byte> _active = new(StringComparer.Ordinal);
    private readonly QuietHours _quiet = new(options.Value);

    /// <summary>Notes that this instance delivered a message of the alert.</summary>
    public void Touch(string alertId) => _active.TryAdd(alertId, 0);

    /// <summary>Edits the progress message of every alert this instance worked on lately.</summary>
    public async Task ReportAllAsync(CancellationToken cancellationToken)
    {
        foreach (var id in _active.Keys)
        {
            _active.TryRemove(id, out _);
            if (!await redis.GetDatabase().StringSetAsync(keys.ProgressLock(id), "1", options.Value.ProgressInterval, When.NotExists).ConfigureAwait(false))
            {
                // Edited a moment ago: try again next time, or the last change before a pause would never be shown.
                _active.TryAdd(id, 0);
                continue;
            }

            var alert = await alerts.GetAsync(id).ConfigureAwait(false);
            if (alert is { Status: AlertStatus.Sending })
            {
                var waiting = Waiting(await alerts.GetReachAsync(id).ConfigureAwait(false));
                var counts = await alerts.GetCountsAsync(id).ConfigureAwait(false);
                var text = AlertFormatter.Progress(counts) + waiting;
                var now = time.GetUtcNow();
                if (!alert.Urgent && counts.Pending > 0 && _quiet.ReleaseTime(now) is var release && release > now)
                {
                    text += $"\nTạm dừng vì giờ nghỉ đêm, gửi tiếp lúc {_quiet.LocalTime(release)}.";
                }

                await EditAsync(alert, text, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The last edit and the report (sent / blocked / failed), once, by the instance that finished the alert.</summary>
    public async Task FinishAsync(string alertId, CancellationToken cancellationToken)
    {
        _active.TryRemove(alertId, out _);
        var alert = await alerts.GetAsync(alertId).ConfigureAwait(false);
        if (alert is null || messengers.ForIdentity(alert.CreatorChat) is not var (messenger, chatId))
        {
            return;
        }

        // The last edit waits for the lock, so a periodic edit that read older counts cannot land after it.
        var asked = time.GetTimestamp();
        while (!await redis.GetDatabase().StringSetAsync(keys.ProgressLock(alertId), "1", options.Value.ProgressInterval, When.NotExists).ConfigureAwait(false)
               && time.GetElapsedTime(asked) < options.Value.ProgressInterval * 2)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }

        var counts = await alerts.GetCountsAsync(alertId).ConfigureAwait(false);
        var reach = await alerts.GetReachAsync(alertId).ConfigureAwait(false);
        await EditAsync(alert, AlertFormatter.Progress(counts), cancellationToken).ConfigureAwait(false);
        try
        {
            await messenger.SendAsync(chatId, [Reply.Plain(AlertFormatter.Report(alert, counts, reach))], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not send the report of alert {Alert}", alertId);
        }
    }

    /// <summary>"\nChờ gửi sau: 12 (ban đêm …)" while some residents wait for a later time (Zalo's night ban or daily limit).</summary>
    private static string Waiting(IReadOnlyList<ChannelReach> reach)
    {
        var waiting = reach.SelectMany(c => c.Waiting).GroupBy(w => w.Key).Select(g => (Reason: g.Key, Count: g.Sum(w => w.Value))).Where(w => w.Reason != "quiet-hours").ToList();
        return waiting.Count == 0 ? "" : $"\nChờ gửi sau: {AlertFormatter.Number(waiting.Sum(w => w.Count))} ("
            + string.Join(", ", waiting.Select(w => $"{ReachWords.Reason(w.Reason)} {AlertFormatter.Number(w.Count)}")) + ")";
    }

    private async Task EditAsync(BroadcastAlert alert, string text, CancellationToken cancellationToken)
    {
        if (alert.ProgressMessageId.Length == 0 || messengers.ForIdentity(alert.CreatorChat) is not var (messenger, chatId))
        {
            return;
        }

        try
        {
            await messenger.EditAsync(chatId, alert.ProgressMessageId, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not edit the progress message of alert {Alert}", alert.Id);
        }
    }
}
