namespace Bot.Metrics;

/// <summary>Instrument names of <see cref="BotMetrics"/>, for dashboards and alert rules.</summary>
public static class BotMetricNames
{
    public const string Turns = "bot.turns";
    public const string TurnDuration = "bot.turn.duration";
    public const string TurnFailures = "bot.turn.failures";
    public const string RedisRoundTrips = "bot.redis.round_trips";
    public const string RedisErrors = "bot.redis.errors";
    public const string WebhookRejections = "bot.webhook.rejections";
    public const string OutgoingSends = "bot.outgoing.sends";
    public const string BroadcastDeliveries = "bot.broadcast.deliveries";
    public const string ContentReloads = "bot.content.reloads";
    public const string BackgroundServiceCrashes = "bot.background_service.crashes";
    public const string AdminSignIns = "bot.admin.sign_ins";
}
