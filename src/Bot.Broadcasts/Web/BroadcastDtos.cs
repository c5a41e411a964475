using System.Text.Json.Serialization;

namespace Bot.Broadcasts.Web;

/// <summary>Body of <c>POST /api/admin/broadcasts</c>.</summary>
public sealed record CreateBroadcastRequest(
    [property: JsonPropertyName("areas")] List<string>? Areas,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("urgent")] bool Urgent,
    [property: JsonPropertyName("text")] string? Text);

/// <summary>The answer to a create.</summary>
/// <remarks><c>sendAfter</c> (ISO 8601, UTC) is set while the status is <c>scheduled</c>.</remarks>
public sealed record CreatedBroadcast(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("sendAfter")] DateTimeOffset? SendAfter);

/// <summary>Recipient counts.</summary>
public sealed record BroadcastCountsDto(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("sent")] long Sent,
    [property: JsonPropertyName("blocked")] long Blocked,
    [property: JsonPropertyName("failed")] long Failed,
    [property: JsonPropertyName("pending")] long Pending);

/// <summary>An alert's status (one of <see cref="Alerts.AlertStatus.All"/>).</summary>
/// <remarks>
/// <c>sendAfter</c> (ISO 8601, UTC) is when a <c>scheduled</c> alert starts; null in every other status.
/// <c>reach</c> accounts for every subscriber per channel (reached by message type, waiting and skipped by reason,
/// failed, not yet tried); <c>estimate</c> is set while the alert waits for approval: who it could reach now and the
/// Zalo quota it would use.
/// </remarks>
public sealed record BroadcastStatusDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("sendAfter")] DateTimeOffset? SendAfter,
    [property: JsonPropertyName("counts")] BroadcastCountsDto Counts,
    [property: JsonPropertyName("reach")] IReadOnlyList<ChannelReachDto> Reach,
    [property: JsonPropertyName("estimate")] IReadOnlyList<ReachEstimateDto>? Estimate);

/// <summary>One channel's reach of an alert; subscribers = reached + waiting + skipped + failed + notYetTried.</summary>
public sealed record ChannelReachDto(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("subscribers")] long Subscribers,
    [property: JsonPropertyName("reached")] IReadOnlyDictionary<string, long> Reached,
    [property: JsonPropertyName("waiting")] IReadOnlyDictionary<string, long> Waiting,
    [property: JsonPropertyName("skipped")] IReadOnlyDictionary<string, long> Skipped,
    [property: JsonPropertyName("failed")] long Failed,
    [property: JsonPropertyName("notYetTried")] long NotYetTried)
{
    public static ChannelReachDto From(Alerts.ChannelReach c) =>
        new(c.Channel, c.Subscribers, c.Reached, c.Waiting, c.Skipped, c.Failed, c.NotYetTried);
}

/// <summary>One channel's estimate before approval.</summary>
public sealed record ReachEstimateDto(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("subscribers")] long Subscribers,
    [property: JsonPropertyName("now")] IReadOnlyDictionary<string, long> Now,
    [property: JsonPropertyName("later")] IReadOnlyDictionary<string, long> Later,
    [property: JsonPropertyName("skipped")] IReadOnlyDictionary<string, long> Skipped,
    [property: JsonPropertyName("quotaUse")] long QuotaUse,
    [property: JsonPropertyName("quotaRemaining")] long? QuotaRemaining)
{
    public static ReachEstimateDto From(Alerts.ReachEstimate e) =>
        new(e.Channel, e.Subscribers, e.Now, e.Later, e.Skipped, e.QuotaUse, e.QuotaRemaining);
}

[JsonSerializable(typeof(CreateBroadcastRequest))]
[JsonSerializable(typeof(CreatedBroadcast))]
[JsonSerializable(typeof(BroadcastStatusDto))]
internal sealed partial class BroadcastJson : JsonSerializerContext;
