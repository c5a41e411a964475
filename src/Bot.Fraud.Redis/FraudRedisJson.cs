using System.Text.Json.Serialization;
using Bot.Fraud.Reports;

namespace Bot.Fraud.Redis;

/// <summary>Source-generated JSON for reports kept in Redis (no reflection at run time).</summary>
[JsonSerializable(typeof(ScamReport))]
internal sealed partial class FraudRedisJson : JsonSerializerContext;
