using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>One bot message.</summary>
public sealed record WebChatReply(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("buttons")] IReadOnlyList<WebChatButton> Buttons);
