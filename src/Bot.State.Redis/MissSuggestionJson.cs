using System.Text.Json.Serialization;
using Bot.Dialogs.Understanding.Inbox;

namespace Bot.State.Redis;

/// <summary>Source-generated JSON for an inbox entry's suggestions (one small field of its hash).</summary>
[JsonSerializable(typeof(List<MissSuggestion>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class MissSuggestionJson : JsonSerializerContext;
