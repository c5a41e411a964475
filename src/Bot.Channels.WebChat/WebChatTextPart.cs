using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>A piece of a reply's text: plain, or a link the page shows as one (<c>tel:</c> or an official https address).</summary>
public sealed record WebChatTextPart(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("href"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Href = null);
