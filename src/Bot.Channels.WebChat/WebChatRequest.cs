using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>Body of <c>POST /api/webchat/{id}/messages</c>: exactly one of text and payload.</summary>
public sealed record WebChatRequest(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("payload")] string? Payload,
    [property: JsonPropertyName("messageId")] string? MessageId);
