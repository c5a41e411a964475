using System.Text.Json.Serialization;

namespace Bot.Broadcasts.Web;

/// <summary>Body of <c>POST /api/admin/broadcasts</c>.</summary>
public sealed record CreateBroadcastRequest(
    [property: JsonPropertyName("areas")] List<string>? Areas,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("urgent")] bool Urgent,
    [property: JsonPropertyName("text")] string? Text);

/// <summary>The answer to a create.</summary>
public sealed record CreatedBroadcast(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status);

/// <summary>Recipient counts.</summary>
public sealed record BroadcastCountsDto(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("sent")] long Sent,
    [property: JsonPropertyName("blocked")] long Blocked,
    [property: JsonPropertyName("failed")] long Failed,
    [property: JsonPropertyName("pending")] long Pending);

/// <summary>An alert's status.</summary>
public sealed record BroadcastStatusDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("counts")] BroadcastCountsDto Counts);

[JsonSerializable(typeof(CreateBroadcastRequest))]
[JsonSerializable(typeof(CreatedBroadcast))]
[JsonSerializable(typeof(BroadcastStatusDto))]
internal sealed partial class BroadcastJson : JsonSerializerContext;
