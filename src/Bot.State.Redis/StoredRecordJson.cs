using System.Text.Json.Serialization;

namespace Bot.State.Redis;

/// <summary>Source-generated (reflection-free) JSON for <see cref="StoredRecord"/>.</summary>
[JsonSerializable(typeof(StoredRecord))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, PropertyNameCaseInsensitive = false)]
internal sealed partial class StoredRecordJson : JsonSerializerContext;
