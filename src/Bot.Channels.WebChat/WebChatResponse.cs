using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>The answer to one message: the replies and where the conversation now stands.</summary>
public sealed record WebChatResponse(
    [property: JsonPropertyName("replies")] IReadOnlyList<WebChatReply> Replies,
    [property: JsonPropertyName("flow")] string? Flow,
    [property: JsonPropertyName("node")] string? Node);
