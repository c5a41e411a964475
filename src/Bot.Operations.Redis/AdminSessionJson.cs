using System.Text.Json.Serialization;
using Bot.Admin;

namespace Bot.Operations.Redis;

/// <summary>Source-generated JSON for sessions stored in Redis.</summary>
[JsonSerializable(typeof(AdminSessionRecord))]
internal sealed partial class AdminSessionJson : JsonSerializerContext;
