using System.Text.Json.Serialization;

namespace Bot.Fraud.Web;

/// <summary>One reason in the API answer.</summary>
public sealed record FraudReasonDto(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("text")] string Text);

/// <summary>Answer of <c>POST /api/fraud/check</c>.</summary>
public sealed record FraudCheckResponse(
    [property: JsonPropertyName("risk")] string Risk,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("reasons")] IReadOnlyList<FraudReasonDto> Reasons,
    [property: JsonPropertyName("urls")] IReadOnlyList<string> Urls,
    [property: JsonPropertyName("phones")] IReadOnlyList<string> Phones,
    [property: JsonPropertyName("advice")] string Advice);

/// <summary>One report as officers receive it (already redacted).</summary>
public sealed record ScamReportDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("reportedAt")] DateTimeOffset? ReportedAt,
    [property: JsonPropertyName("checkedAt")] DateTimeOffset CheckedAt,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("area")] string? Area,
    [property: JsonPropertyName("risk")] string Risk,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons,
    [property: JsonPropertyName("domains")] IReadOnlyList<string> Domains,
    [property: JsonPropertyName("phones")] IReadOnlyList<string> Phones,
    [property: JsonPropertyName("excerpt")] string Excerpt);

/// <summary>Answer of <c>GET /api/fraud/reports</c>.</summary>
public sealed record ScamReportsResponse(
    [property: JsonPropertyName("since")] DateTimeOffset Since,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("reports")] IReadOnlyList<ScamReportDto> Reports);

/// <summary>Answer of the list endpoints; a number comes back masked.</summary>
public sealed record ListAddResponse(
    [property: JsonPropertyName("added")] bool Added,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("value")] string Value);

[JsonSerializable(typeof(FraudCheckResponse))]
[JsonSerializable(typeof(ScamReportsResponse))]
[JsonSerializable(typeof(ListAddResponse))]
internal sealed partial class FraudJson : JsonSerializerContext;
