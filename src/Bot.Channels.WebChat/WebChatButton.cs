using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>One button as the page shows it.</summary>
public sealed record WebChatButton(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("payload")] string Payload,
    [property: JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url);
