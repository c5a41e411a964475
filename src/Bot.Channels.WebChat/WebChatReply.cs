using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>One bot message.</summary>
/// <param name="Text">The whole text.</param>
/// <param name="Buttons">The buttons under it.</param>
/// <param name="Parts">The same text cut into plain pieces and links, when it has links; the page then builds it from these.</param>
public sealed record WebChatReply(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("buttons")] IReadOnlyList<WebChatButton> Buttons,
    [property: JsonPropertyName("parts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WebChatTextPart>? Parts = null);
