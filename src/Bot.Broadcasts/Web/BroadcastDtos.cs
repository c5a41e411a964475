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
/// <remarks><c>sendAfter</c> (ISO 8601, UTC) is when a <c>scheduled</c> alert starts; null in every other status.</remarks>
public sealed record BroadcastStatusDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("sendAfter")] DateTimeOffset? SendAfter,
    [property: JsonPropertyName("counts")] BroadcastCountsDto Counts);

[JsonSerializable(typeof(CreateBroadcastRequest))]
[JsonSerializable(typeof(CreatedBroadcast))]
[JsonSerializable(typeof(BroadcastStatusDto))]
internal sealed partial class BroadcastJson : JsonSerializerContext;
