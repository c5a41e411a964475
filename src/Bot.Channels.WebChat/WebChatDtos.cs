using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>Body of <c>POST /api/webchat/{id}/messages</c>: exactly one of text and payload.</summary>
public sealed record WebChatRequest(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("payload")] string? Payload,
    [property: JsonPropertyName("messageId")] string? MessageId);

/// <summary>One button as the page shows it.</summary>
public sealed record WebChatButton(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("payload")] string Payload,
    [property: JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url);

/// <summary>One bot message.</summary>
public sealed record WebChatReply(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("buttons")] IReadOnlyList<WebChatButton> Buttons);

/// <summary>The answer to one message: the replies and where the conversation now stands.</summary>
public sealed record WebChatResponse(
    [property: JsonPropertyName("replies")] IReadOnlyList<WebChatReply> Replies,
    [property: JsonPropertyName("flow")] string? Flow,
    [property: JsonPropertyName("node")] string? Node);

/// <summary>What the page needs to know at start.</summary>
public sealed record WebChatConfig(
    [property: JsonPropertyName("preview")] bool Preview,
    [property: JsonPropertyName("contentVersion")] string ContentVersion,
    [property: JsonPropertyName("maxTextLength")] int MaxTextLength);

[JsonSerializable(typeof(WebChatRequest))]
[JsonSerializable(typeof(WebChatResponse))]
[JsonSerializable(typeof(WebChatConfig))]
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = false)]
internal sealed partial class WebChatJson : JsonSerializerContext;
