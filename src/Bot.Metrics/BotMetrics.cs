using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Metrics;

/// <summary>
/// Every counter and histogram the bot exports, in one place so the Redis store, the channels, the
/// broadcaster and the content reloader record into the same instruments.
/// </summary>
/// <remarks>
/// Tags carry only small, closed sets of values (channel names, outcomes, statuses): never a chat id,
/// a phone number or a message, because every distinct tag value is a separate time series that
/// Prometheus keeps, and because metrics are not a place for personal data.
/// Names follow OpenTelemetry conventions; the Prometheus exporter turns <c>bot.turns</c> into
/// <c>bot_turns_total</c> and <c>bot.turn.duration</c> (unit s) into <c>bot_turn_duration_seconds</c>.
/// </remarks>
public static class BotMetrics
{
    /// <summary>The meter name to enable in OpenTelemetry (<c>AddMeter(BotMetrics.MeterName)</c>).</summary>
    public const string MeterName = "Bot";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> TurnsCounter = Meter.CreateCounter<long>(
        BotMetricNames.Turns, "{turn}", "Turns committed, by channel and how the input was understood.");

    private static readonly Histogram<double> TurnDurationHistogram = Meter.CreateHistogram<double>(
        BotMetricNames.TurnDuration, "s", "Time from receiving a turn to its committed result (before sending replies).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    private static readonly Counter<long> TurnFailuresCounter = Meter.CreateCounter<long>(
        BotMetricNames.TurnFailures, "{turn}",
        "Turns that did not end normally, by channel and reason (store_unavailable, conflict: not processed, redelivered later; error: one apology sent; delivery: saved, answer not sent).");

    private static readonly Counter<long> RedisRoundTripsCounter = Meter.CreateCounter<long>(
        BotMetricNames.RedisRoundTrips, "{round_trip}", "Round trips to Redis, by operation.");

    private static readonly Counter<long> RedisErrorsCounter = Meter.CreateCounter<long>(
        BotMetricNames.RedisErrors, "{error}", "Redis operations that failed (timeouts, connection loss), by operation.");

    private static readonly Counter<long> WebhookRejectionsCounter = Meter.CreateCounter<long>(
        BotMetricNames.WebhookRejections, "{request}", "Webhook requests refused before any work, by channel and reason (secret, signature, body).");

    private static readonly Counter<long> OutgoingSendsCounter = Meter.CreateCounter<long>(
        BotMetricNames.OutgoingSends, "{message}", "Messages sent to a platform, by channel and status (ok, 429, 403, 5xx, other).");

    private static readonly Counter<long> BroadcastDeliveriesCounter = Meter.CreateCounter<long>(
        BotMetricNames.BroadcastDeliveries, "{delivery}", "Broadcast deliveries, by channel and status (sent, blocked, unreachable, waiting, rate_limited, failed) and detail (the message type a sent alert used, the reason one waits or was skipped).");

    private static readonly Counter<long> ContentReloadsCounter = Meter.CreateCounter<long>(
        BotMetricNames.ContentReloads, "{reload}", "Content reloads, by result (ok, failed).");

    private static readonly Counter<long> BackgroundServiceCrashesCounter = Meter.CreateCounter<long>(
        BotMetricNames.BackgroundServiceCrashes, "{crash}", "Background services that crashed and were restarted by the supervisor, by service name.");

    private static readonly Counter<long> AdminSignInsCounter = Meter.CreateCounter<long>(
        BotMetricNames.AdminSignIns, "{attempt}", "Admin sign-in attempts (API keys and dashboard), by result (ok, wrong_key, locked).");

    /// <summary>One committed turn: <paramref name="outcome"/> is the TurnOutcome name in lower case.</summary>
    public static void RecordTurn(string channel, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "channel", channel }, { "outcome", outcome } };
        TurnsCounter.Add(1, tags);
        TurnDurationHistogram.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));
    }

    /// <summary>A turn that did not end normally (<paramref name="reason"/>: "store_unavailable", "conflict", "error", "delivery").</summary>
    public static void RecordTurnFailure(string channel, string reason) =>
        TurnFailuresCounter.Add(1, new TagList { { "channel", channel }, { "reason", reason } });

    /// <summary>One Redis round trip (<paramref name="operation"/>: "load", "commit", "analytics" …).</summary>
    public static void RecordRedisRoundTrip(string operation) =>
        RedisRoundTripsCounter.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>One failed Redis operation.</summary>
    public static void RecordRedisError(string operation) =>
        RedisErrorsCounter.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>A webhook refused (<paramref name="reason"/>: "secret", "signature", "body").</summary>
    public static void RecordWebhookRejection(string channel, string reason) =>
        WebhookRejectionsCounter.Add(1, new TagList { { "channel", channel }, { "reason", reason } });

    /// <summary>One outgoing send, classified from the platform's HTTP status (null when no answer came).</summary>
    public static void RecordOutgoingSend(string channel, int? httpStatus) =>
        OutgoingSendsCounter.Add(1, new TagList { { "channel", channel }, { "status", SendStatusLabel(httpStatus) } });

    /// <summary>One broadcast delivery (<paramref name="status"/> e.g. the SendStatus name in lower case).</summary>
    public static void RecordBroadcastDelivery(string channel, string status) =>
        BroadcastDeliveriesCounter.Add(1, new TagList { { "channel", channel }, { "status", status } });

    /// <summary>A background service (<paramref name="service"/>: its type name, a closed set) crashed and is being restarted.</summary>
    public static void RecordBackgroundServiceCrash(string service) =>
        BackgroundServiceCrashesCounter.Add(1, new KeyValuePair<string, object?>("service", service));

    /// <summary>One admin sign-in attempt: "ok", "wrong_key", or "locked" (refused unseen while the address must wait).</summary>
    public static void RecordAdminSignIn(string result) =>
        AdminSignInsCounter.Add(1, new KeyValuePair<string, object?>("result", result));

    /// <summary>One broadcast delivery with its detail: the message type that reached the resident ("cs", "promotion") or why they wait or were skipped ("night", "not-following").</summary>
    public static void RecordBroadcastDelivery(string channel, string status, string detail) =>
        BroadcastDeliveriesCounter.Add(1, new TagList { { "channel", channel }, { "status", status }, { "detail", detail } });

    /// <summary>One content reload attempt.</summary>
    public static void RecordContentReload(bool succeeded) =>
        ContentReloadsCounter.Add(1, new KeyValuePair<string, object?>("result", succeeded ? "ok" : "failed"));

    /// <summary>The status label for an HTTP status: "ok", "429", "403", "5xx", "4xx" or "error" (no answer).</summary>
    public static string SendStatusLabel(int? httpStatus) => httpStatus switch
    {
        null => "error",
        >= 200 and < 300 => "ok",
        429 => "429",
        403 => "403",
        >= 500 => "5xx",
        _ => "4xx",
    };
}
