using System.Text.Json.Serialization;

namespace Bot.State.Redis;

/// <summary>Source-generated (reflection-free) JSON for <see cref="StoredRecord"/> and <see cref="StoredAnswer"/>.</summary>
[JsonSerializable(typeof(StoredRecord))]
[JsonSerializable(typeof(StoredAnswer))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, PropertyNameCaseInsensitive = false)]
internal sealed partial class StoredRecordJson : JsonSerializerContext;
